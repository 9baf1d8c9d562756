import "server-only";
// Quote numbers, unique and without gaps per year (DV-2026-0001…): the next one is predicted, the PDF is
// written with it, and it is taken in the same transaction as the quote's outbox row, or predicted again.
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { quoteNumbers } from "@/db/schema";
import type { Tx } from "@/lib/audit/record-audit";

export class NumberTaken extends Error {}

export const quoteYear = (at: Date) => Number(new Intl.DateTimeFormat("fr-FR", { year: "numeric", timeZone: "Europe/Paris" }).format(at));

export function predictNumber(db: Db, year: number): number {
  return (db.select({ last: quoteNumbers.last }).from(quoteNumbers).where(eq(quoteNumbers.year, year)).get()?.last ?? 0) + 1;
}

/** Takes `n` for `year`, inside the caller's transaction; NumberTaken when someone took it first. */
export function takeNumber(tx: Tx, year: number, n: number) {
  const last = tx.select({ last: quoteNumbers.last }).from(quoteNumbers).where(eq(quoteNumbers.year, year)).get()?.last ?? 0;
  if (last !== n - 1) throw new NumberTaken();
  tx.insert(quoteNumbers).values({ year, last: n }).onConflictDoUpdate({ target: quoteNumbers.year, set: { last: n } }).run();
}
