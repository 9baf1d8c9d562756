import "server-only";
// The reseller review as documents: one reseller's scorecard for a month (the figures of /indicateurs) and
// its monthly statement, drawn by the bounded PDF worker on the centre's letterhead.
import type { Db } from "@/db";
import { readIdentity } from "@/lib/identity/store";
import { logoOf } from "@/lib/identity/logo";
import { frIndicators } from "@/lib/i18n/fr-indicators";
import { renderBounded } from "@/lib/pdf/bounded";
import { indicators, type IndicatorFilters } from "./figures";
import { statement } from "./statement";

const t = frIndicators;

async function letterhead(db: Db) {
  const identity = await readIdentity(db);
  return { identity, logo: await logoOf(db, identity) };
}

/** One reseller's figures for the month, as label and value, in the order of the page's columns. */
export async function scorecardFigures(db: Db, filters: IndicatorFilters & { reseller: string; month: string }, now: Date): Promise<Array<[string, string]>> {
  const g = (await indicators(db, { ...filters, group: "reseller" }, now)).total;
  const c = t.columns;
  const n = (count: number) => String(count);
  return [
    [c.received, n(g.counts.received)],
    [c.returned, n(g.counts.returned)],
    [c.median, t.number(g.turnaround.median)],
    [c.p90, t.number(g.turnaround.p90)],
    [c.inTime, t.share(g.counts.inTime, g.counts.inTime + g.counts.late)],
    [c.repaired, n(g.counts.repaired)],
    [c.irreparable, n(g.counts.irreparable)],
    [c.replaced, n(g.counts.replaced)],
    [c.commercial, n(g.counts.commercial)],
    [c.destroyed, n(g.counts.destroyed)],
    [c.quotes, t.share(g.counts.quotesAccepted, g.counts.quotesAnswered)],
    [c.answerHours, t.number(g.answerHours.median)],
    [c.repeats, n(g.counts.repeats)],
  ];
}

export async function scorecardPdfFor(db: Db, filters: IndicatorFilters & { reseller: string; month: string }, now: Date) {
  const figures = await scorecardFigures(db, filters, now);
  return renderBounded({ kind: "scorecard", input: { ...(await letterhead(db)), at: now, reseller: filters.reseller, month: filters.month, figures } });
}

const day = (at: Date) => new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: "Europe/Paris" }).format(at);

export async function statementPdfFor(db: Db, reseller: string, month: string, now: Date) {
  const s = await statement(db, reseller, month);
  return renderBounded({
    kind: "statement",
    input: {
      ...(await letterhead(db)),
      at: now,
      reseller,
      month,
      quotes: s.quotes.map((q) => ({ demandNumber: q.demandNumber, quoteNumber: q.quoteNumber, day: day(q.at), cents: q.cents })),
      repairs: s.repairs.map((r) => ({ demandNumber: r.demandNumber, type: r.type, day: day(r.at), cents: r.cents })),
      totals: s.totals,
    },
  });
}
