import { SpriteIcon } from "@/components/ui/sprite-icon";
import type { AgingLevel } from "@/lib/dossiers/aging";
import { fr } from "@/lib/i18n/fr";

/** Days in the current status, with a written warning past the thresholds (not only a colour). */
export function AgingFlag({ days, level }: { days: number; level: AgingLevel }) {
  if (level === "ok") return <span>{fr.queue.days(days)}</span>;
  const alert = level === "alert";
  const icon = alert ? "alert" : "clock";
  return (
    <span className={`inline-flex items-center gap-1 font-medium ${alert ? "text-red-800" : "text-amber-900"}`}>
      <SpriteIcon name={icon} className="h-4 w-4" />
      {fr.queue.days(days)}
      <span className="text-xs">({alert ? fr.queue.agingAlert : fr.queue.agingWarn})</span>
    </span>
  );
}
