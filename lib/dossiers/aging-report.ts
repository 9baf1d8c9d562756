import "server-only";
// Dossiers past their aging threshold, by phase and by reseller, for the managers.
import { and, asc, lte, notInArray } from "drizzle-orm";
import type { Db } from "@/db";
import { dossiers } from "@/db/schema";
import { agingLevel, daysBetween } from "./aging";
import { CLOSED_STATUSES, phaseOf } from "./phases";

export async function agingReport(db: Db, thresholds: { warnDays: number; alertDays: number }, now = new Date()) {
  const cutoff = new Date(now.getTime() - thresholds.warnDays * 86_400_000);
  const late = (
    await db
    .select({ demandNumber: dossiers.demandNumber, statusCode: dossiers.statusCode, resellerCode: dossiers.resellerCode, brand: dossiers.brand, statusChangedAt: dossiers.statusChangedAt })
    .from(dossiers)
    .where(and(lte(dossiers.statusChangedAt, cutoff), notInArray(dossiers.statusCode, [...CLOSED_STATUSES])))
    .orderBy(asc(dossiers.statusChangedAt))
  ).map((row) => {
      const days = daysBetween(row.statusChangedAt, now);
      return { ...row, days, level: agingLevel(row.statusCode, days, thresholds), phase: phaseOf(row.statusCode) };
    });
  const group = (key: (row: (typeof late)[number]) => string) => {
    const map = new Map<string, { warn: number; alert: number }>();
    for (const row of late) {
      const entry = map.get(key(row)) ?? { warn: 0, alert: 0 };
      if (row.level === "alert") entry.alert++;
      else entry.warn++;
      map.set(key(row), entry);
    }
    return [...map.entries()].sort((a, b) => b[1].alert + b[1].warn - (a[1].alert + a[1].warn));
  };
  return { late, byPhase: group((r) => r.phase?.id ?? "inconnu"), byReseller: group((r) => r.resellerCode ?? "—") };
}
