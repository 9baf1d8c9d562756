import "server-only";
// The same product's other dossiers, found by its serial number or its IMEI (those the platform no longer
// lists included), with when each was opened and returned and how it ended; and whether this dossier is the
// product coming back within N days of its last return (90 by default, the app setting repeat.days).
import { and, desc, eq, inArray, ne, or } from "drizzle-orm";
import { positiveSetting } from "@/lib/settings";
import type { Db } from "@/db";
import type { Tx } from "@/lib/context";
import { dossiers, statusHistory } from "@/db/schema";
import { formatDate } from "@/lib/format";
import { frHistory } from "@/lib/i18n/fr-history";
import { equalsIgnoringCase } from "./search";

const OUTCOMES = ["PRRE", "PRIR", "RPLPR", "AVRC"];
const DAY = 86_400_000;
export const DEFAULT_REPEAT_DAYS = 90;
export const REPEAT_DAYS_KEY = "repeat.days";

export interface PastDossier {
  demandNumber: string;
  statusCode: string;
  createdAt: Date | null;
  returnedAt: Date | null;
  outcome: string | null;
  by: "serial" | "imei";
}

type Product = { demandNumber: string; serialNumber: string | null; imeiNumber: string | null };
const usable = (v: string | null) => (v && v.trim().length >= 4 ? v.trim() : null);

export const repeatDays = (db: Db | Tx) => positiveSetting(db, REPEAT_DAYS_KEY, DEFAULT_REPEAT_DAYS);

export async function productHistory(db: Db, d: Product): Promise<PastDossier[]> {
  const serial = usable(d.serialNumber);
  const imei = usable(d.imeiNumber);
  // Through the indexes the search already has: the serial in any case, the IMEI as it is.
  const same = [serial ? equalsIgnoringCase(dossiers.serialNumber, serial) : undefined, imei ? eq(dossiers.imeiNumber, imei) : undefined].filter((c) => c !== undefined);
  if (!same.length) return [];
  const rows = await db
    .select({ demandNumber: dossiers.demandNumber, statusCode: dossiers.statusCode, createdAt: dossiers.createdAt, serialNumber: dossiers.serialNumber })
    .from(dossiers)
    .where(and(or(...same), ne(dossiers.demandNumber, d.demandNumber)))
    .orderBy(desc(dossiers.createdAt))
    .limit(50);
  if (!rows.length) return [];
  const moves = await db
    .select({ demandNumber: statusHistory.demandNumber, status: statusHistory.newStatus, at: statusHistory.at })
    .from(statusHistory)
    .where(and(inArray(statusHistory.demandNumber, rows.map((r) => r.demandNumber)), inArray(statusHistory.newStatus, ["RPR", ...OUTCOMES])));
  return rows.map((r) => {
    const own = moves.filter((m) => m.demandNumber === r.demandNumber).sort((a, b) => a.at.getTime() - b.at.getTime());
    return {
      demandNumber: r.demandNumber,
      statusCode: r.statusCode,
      createdAt: r.createdAt,
      returnedAt: own.filter((m) => m.status === "RPR").at(-1)?.at ?? null,
      outcome: own.filter((m) => OUTCOMES.includes(m.status)).at(-1)?.status ?? null,
      by: serial && r.serialNumber?.trim().toLowerCase() === serial.toLowerCase() ? "serial" : "imei",
    };
  });
}

/** Whether a product returned at `returnedAt` came back, opened at `openedAt`, within `days` (a repeat repair). */
export const returnedWithin = (returnedAt: Date, openedAt: Date, days: number) =>
  returnedAt.getTime() <= openedAt.getTime() && openedAt.getTime() - returnedAt.getTime() <= days * DAY;

/** The warning when this dossier opened within `days` of the product's last return, or null. */
export function repeatWarning(history: PastDossier[], openedAt: Date, days: number): string | null {
  const last = history
    .filter((h) => h.returnedAt && returnedWithin(h.returnedAt, openedAt, days))
    .sort((a, b) => b.returnedAt!.getTime() - a.returnedAt!.getTime())[0];
  return last ? frHistory.repeat(days, last.demandNumber, last.outcome ? (frHistory.outcomes[last.outcome] ?? null) : null, formatDate(last.returnedAt!)) : null;
}

/** The dossier's history and its warning at once, for the dossier page and the reception desk. */
export async function productView(db: Db, d: Product & { createdAt: Date | null }, now = new Date()) {
  const [history, days] = await Promise.all([productHistory(db, d), repeatDays(db)]);
  return { history, repeat: repeatWarning(history, d.createdAt ?? now, days) };
}
