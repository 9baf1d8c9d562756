import { phaseOf, type PhaseId } from "@/lib/dossiers/phases";
import { fr } from "@/lib/i18n/fr";
import { isStatusCode, STATUS_LABELS } from "@/lib/rma/constants";
import { SpriteIcon, type SpriteName } from "@/components/ui/sprite-icon";

// Each phase has its own icon and colour; the code and the label are always written out, so the status
// never depends on colour alone.
const STYLE: Record<PhaseId, { icon: SpriteName; className: string }> = {
  "a-traiter": { icon: "inbox", className: "bg-blue-50 text-blue-900 border-blue-300" },
  "en-transit": { icon: "truck", className: "bg-indigo-50 text-indigo-900 border-indigo-300" },
  "reception-expertise": { icon: "search", className: "bg-cyan-50 text-cyan-900 border-cyan-300" },
  devis: { icon: "file-text", className: "bg-amber-50 text-amber-950 border-amber-300" },
  reparation: { icon: "wrench", className: "bg-violet-50 text-violet-900 border-violet-300" },
  information: { icon: "help", className: "bg-orange-50 text-orange-950 border-orange-300" },
  "solutions-retours": { icon: "check", className: "bg-green-50 text-green-900 border-green-300" },
  refuses: { icon: "ban", className: "bg-slate-100 text-slate-800 border-slate-300" },
};

/** A code the annex does not list is shown as it came, "Statut inconnu (CODE)", never hidden. */
export function StatusBadge({ code, label, compact = false }: { code: string; label?: string | null; compact?: boolean }) {
  const phase = phaseOf(code);
  const { icon, className } = phase ? STYLE[phase.id] : { icon: "dot" as const, className: "bg-white text-slate-900 border-slate-400 border-dashed" };
  const text = isStatusCode(code) ? label || STATUS_LABELS[code] : `${fr.dossier.unknownStatus(code)}${label ? ` — ${label}` : ""}`;
  return (
    <span data-status={code} className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${className}`} title={compact ? text : undefined}>
      <SpriteIcon name={icon} className="h-3.5 w-3.5 shrink-0" />
      <span className="font-mono font-semibold">{code}</span>
      {compact ? <span className="sr-only">{text}</span> : <span>{text}</span>}
    </span>
  );
}
