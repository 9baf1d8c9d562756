import { SpriteIcon } from "@/components/ui/sprite-icon";
import type { DueState } from "@/lib/dossiers/due";
import { fr } from "@/lib/i18n/fr";

const t = fr.queue.due;

/** A due time with its state written out (late, at risk), never by colour alone. */
export function DueFlag({ due }: { due: { text: string; state: DueState } | null }) {
  if (!due) return <span>{t.none}</span>;
  if (due.state === "ok") return <span>{due.text}</span>;
  const late = due.state === "late";
  const icon = late ? "alert" : "alarm";
  return (
    <span className={`inline-flex items-center gap-1 font-medium ${late ? "text-red-800" : "text-amber-900"}`}>
      <SpriteIcon name={icon} className="h-4 w-4" />
      {due.text}
      <span className="text-xs">({late ? t.late : t.risk})</span>
    </span>
  );
}
