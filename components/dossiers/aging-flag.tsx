import type { AgingLevel } from "@/lib/dossiers/aging";
import { fr } from "@/lib/i18n/fr";
import { WarningFlag } from "./warning-flag";

/** Days in the current status, with a written warning past the thresholds (not only a colour). */
export function AgingFlag({ days, level }: { days: number; level: AgingLevel }) {
  if (level === "ok") return <span>{fr.queue.days(days)}</span>;
  const alert = level === "alert";
  return <WarningFlag severe={alert} icon={alert ? "alert" : "clock"} text={fr.queue.days(days)} note={alert ? fr.queue.agingAlert : fr.queue.agingWarn} />;
}
