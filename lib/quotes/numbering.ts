import "server-only";
// Quote numbers, unique and without gaps per year (DV-2026-0001…): the next one is predicted, the PDF is
// written with it, and it is taken in the same transaction as the quote's outbox row, or predicted again.
import { eq } from "drizzle-orm";
import { first, type Db } from "@/db";
import { quoteNumbers } from "@/db/schema";
import type { Tx } from "@/lib/context";

export class NumberTaken extends Error {}

export { parisYear as quoteYear } from "@/lib/format";

export async function predictNumber(db: Db, year: number): Promise<number> {
  return ((await first(db.select({ last: quoteNumbers.last }).from(quoteNumbers).where(eq(quoteNumbers.year, year))))?.last ?? 0) + 1;
}

/** Takes `n` for `year`, inside the caller's transaction; NumberTaken when someone took it first. */
export async function takeNumber(tx: Tx, year: number, n: number) {
  // One statement that takes n only if n - 1 is the last taken: two instances cannot both take it.
  const taken = await tx
    .insert(quoteNumbers)
    .values({ year, last: n })
    .onConflictDoUpdate({ target: quoteNumbers.year, set: { last: n }, setWhere: eq(quoteNumbers.last, n - 1) })
    .returning({ last: quoteNumbers.last });
  if (n < 1 || !taken.length) throw new NumberTaken();
}
