// How long a dossier has waited, and whether that deserves a warning. Pure: used by server and client.
import { CLOSED_STATUSES } from "./phases";

export type AgingLevel = "ok" | "warn" | "alert";

const DAY = 86_400_000;

export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY));
}

export function agingLevel(status: string, daysInStatus: number, thresholds: { warnDays: number; alertDays: number }): AgingLevel {
  if (CLOSED_STATUSES.includes(status)) return "ok";
  if (daysInStatus >= thresholds.alertDays) return "alert";
  if (daysInStatus >= thresholds.warnDays) return "warn";
  return "ok";
}
