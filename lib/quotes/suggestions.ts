import "server-only";
// What the quote builder suggests for a line: the centre's price list first, then the labels of earlier
// quotes with their last price. The technician can still change anything.
import { asc, desc } from "drizzle-orm";
import type { Db } from "@/db";
import { priceList, quotes } from "@/db/schema";

export async function priceSuggestions(db: Db, limit = 500): Promise<Array<{ label: string; unitPriceCents: number }>> {
  const out = new Map<string, number>();
  for (const row of await db.select({ label: priceList.label, cents: priceList.unitPriceCents }).from(priceList).orderBy(asc(priceList.label))) out.set(row.label, row.cents);
  for (const quote of await db.select({ lines: quotes.lines }).from(quotes).orderBy(desc(quotes.sentAt)).limit(200)) {
    for (const line of JSON.parse(quote.lines) as Array<{ label: string; unitPriceCents: number }>) if (!out.has(line.label)) out.set(line.label, line.unitPriceCents);
  }
  return [...out].slice(0, limit).map(([label, unitPriceCents]) => ({ label, unitPriceCents }));
}
