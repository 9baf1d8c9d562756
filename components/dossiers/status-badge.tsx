import { phaseOf, type PhaseId } from "@/lib/dossiers/phases";
import { fr } from "@/lib/i18n/fr";
import { isStatusCode, STATUS_LABELS } from "@/lib/rma/constants";
import type { RowIcon } from "@/components/ui/row-icons";

// Each phase has its own icon and colour; the code and the label are always written out, so the status
// never depends on colour alone. The look is a class each (app/globals.css): a queue repeats it 50 times.
const STYLE: Record<PhaseId, { icon: RowIcon; tone: string }> = {
  "a-traiter": { icon: "inbox", tone: "tone-blue" },
  "en-transit": { icon: "truck", tone: "tone-indigo" },
  "reception-expertise": { icon: "search", tone: "tone-cyan" },
  devis: { icon: "file-text", tone: "tone-amber" },
  reparation: { icon: "wrench", tone: "tone-violet" },
  information: { icon: "help", tone: "tone-orange" },
  "solutions-retours": { icon: "check", tone: "tone-green" },
  refuses: { icon: "ban", tone: "tone-slate" },
};

/** A code the annex does not list is shown as it came, "Statut inconnu (CODE)", never hidden. */
export function StatusBadge({ code, label, compact = false }: { code: string; label?: string | null; compact?: boolean }) {
  const phase = phaseOf(code);
  const { icon, tone } = phase ? STYLE[phase.id] : { icon: "dot" as const, tone: "tone-unknown" };
  const text = isStatusCode(code) ? label || STATUS_LABELS[code] : `${fr.dossier.unknownStatus(code)}${label ? ` — ${label}` : ""}`;
  return (
    <span data-status={code} className={`badge ${tone} i-${icon}`} title={compact ? text : undefined}>
      <b>{code}</b>
      {compact ? <span className="sr-only">{text}</span> : text}
    </span>
  );
}
