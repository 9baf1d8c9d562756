import "server-only";
// The monthly statement of what one reseller can be billed: the quotes it accepted (VDE) that month with
// their totals, and the repairs closed (RPR) that month at the flat fee of their flow type. In cents.
import { and, eq, gte, lt } from "drizzle-orm";
import type { Db } from "@/db";
import { dossiers, flatFees, quotes, statusHistory } from "@/db/schema";
import { toCsv } from "@/lib/activity/csv";
import { parisMonth } from "@/lib/calendar/working-days";
import { frReview } from "@/lib/i18n/fr-indicators";
import { centsToWirePrice } from "@/lib/money";

export interface Statement {
  reseller: string;
  month: string;
  quotes: Array<{ demandNumber: string; quoteNumber: string; at: Date; cents: number }>;
  repairs: Array<{ demandNumber: string; type: string; at: Date; cents: number | null }>;
  totals: { quotes: number; fees: number; all: number };
}

export async function statement(db: Db, reseller: string, month: string): Promise<Statement> {
  const { start, end } = parisMonth(month);
  const accepted = await db
    .select({ demandNumber: quotes.demandNumber, quoteNumber: quotes.quoteNumber, at: quotes.answeredAt, cents: quotes.totalCents })
    .from(quotes)
    .innerJoin(dossiers, eq(dossiers.demandNumber, quotes.demandNumber))
    .where(and(eq(dossiers.resellerCode, reseller), eq(quotes.answer, "VDE"), gte(quotes.answeredAt, start), lt(quotes.answeredAt, end)))
    .orderBy(quotes.answeredAt);
  const returned = await db
    .select({ demandNumber: statusHistory.demandNumber, type: dossiers.type, at: statusHistory.at })
    .from(statusHistory)
    .innerJoin(dossiers, eq(dossiers.demandNumber, statusHistory.demandNumber))
    .where(and(eq(dossiers.resellerCode, reseller), eq(statusHistory.newStatus, "RPR"), gte(statusHistory.at, start), lt(statusHistory.at, end)))
    .orderBy(statusHistory.at);
  const fees = new Map((await db.select().from(flatFees).where(eq(flatFees.resellerCode, reseller))).map((f) => [f.flowType, f.cents]));
  // A dossier returned twice in a month is billed once.
  const seen = new Set<string>();
  const repairs = returned.filter((r) => !seen.has(r.demandNumber) && seen.add(r.demandNumber)).map((r) => ({ ...r, cents: fees.get(r.type) ?? null }));
  const quoteLines = accepted.map((q) => ({ ...q, at: q.at! }));
  const totals = { quotes: quoteLines.reduce((s, q) => s + q.cents, 0), fees: repairs.reduce((s, r) => s + (r.cents ?? 0), 0), all: 0 };
  totals.all = totals.quotes + totals.fees;
  return { reseller, month, quotes: quoteLines, repairs, totals };
}

const day = (at: Date) => new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: "Europe/Paris" }).format(at);

export function statementCsv(s: Statement): string {
  const t = frReview;
  return toCsv(
    [...t.csvHeader],
    [
      ...s.quotes.map((q) => [s.month, s.reseller, t.kinds.quote, q.demandNumber, q.quoteNumber, "", day(q.at), centsToWirePrice(q.cents)]),
      ...s.repairs.map((r) => [s.month, s.reseller, t.kinds.repair, r.demandNumber, "", r.type, day(r.at), r.cents === null ? "" : centsToWirePrice(r.cents)]),
      [s.month, s.reseller, t.totals.all, "", "", "", "", centsToWirePrice(s.totals.all)],
    ],
  );
}
