import "server-only";
// Every quote Atelier sent, with the reseller's answer and what became of the dossier.
import { and, desc, eq, gte, isNull, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { dayParam, endOfDay, optionalParam } from "@/lib/url-params";
import type { Db } from "@/db";
import { dossiers, quotes, users } from "@/db/schema";
import { STATUS_CODES } from "@/lib/rma/constants";


export const quoteFilters = z.object({
  answer: optionalParam(z.enum(["VDE", "RDE", "RETURN", "DESTRUCT", "none"])),
  reseller: optionalParam(z.string().max(50)),
  brand: optionalParam(z.string().max(80)),
  from: optionalParam(dayParam),
  to: optionalParam(dayParam),
});
export type QuoteFilters = z.output<typeof quoteFilters>;

export async function listQuotes(db: Db, filters: QuoteFilters) {
  const where: SQL[] = [];
  if (filters.answer === "VDE" || filters.answer === "RDE") where.push(eq(quotes.answer, filters.answer));
  if (filters.answer === "RETURN" || filters.answer === "DESTRUCT") where.push(eq(quotes.treatment, filters.answer));
  if (filters.answer === "none") where.push(isNull(quotes.answer));
  if (filters.reseller) where.push(eq(dossiers.resellerCode, filters.reseller));
  if (filters.brand) where.push(eq(dossiers.brand, filters.brand));
  if (filters.from) where.push(gte(quotes.sentAt, new Date(`${filters.from}T00:00:00`)));
  if (filters.to) where.push(lt(quotes.sentAt, endOfDay(filters.to)));
  const rows = await db
    .select({
      id: quotes.id,
      demandNumber: quotes.demandNumber,
      quoteNumber: quotes.quoteNumber,
      lines: quotes.lines,
      totalCents: quotes.totalCents,
      comment: quotes.comment,
      sentAt: quotes.sentAt,
      sentBy: users.name,
      answer: quotes.answer,
      treatment: quotes.treatment,
      answeredAt: quotes.answeredAt,
      resellerCode: dossiers.resellerCode,
      brand: dossiers.brand,
      currentStatus: dossiers.statusCode,
    })
    .from(quotes)
    .leftJoin(dossiers, eq(dossiers.demandNumber, quotes.demandNumber))
    .leftJoin(users, eq(users.id, quotes.sentBy))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(quotes.sentAt))
    .limit(1000);
  return rows.map((row) => ({
      ...row,
      currentStatus: row.currentStatus && (STATUS_CODES as readonly string[]).includes(row.currentStatus) ? row.currentStatus : null,
      lines: JSON.parse(row.lines) as Array<{ label: string; quantity: number; unitPriceCents: number }>,
    }));
}
