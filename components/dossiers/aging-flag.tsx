import type { AgingLevel } from "@/lib/dossiers/aging";
import { frQueue } from "@/lib/i18n/fr-queue";
import { WarningFlag } from "./warning-flag";

/** Days in the current status, with a written warning past the thresholds (not only a colour). */
export function AgingFlag({ days, level }: { days: number; level: AgingLevel }) {
  if (level === "ok") return <span>{frQueue.days(days)}</span>;
  const alert = level === "alert";
  return <WarningFlag severe={alert} icon={alert ? "alert" : "clock"} text={frQueue.days(days)} note={alert ? frQueue.agingAlert : frQueue.agingWarn} />;
}
