import "server-only";
// The figures of the reseller review (/indicateurs), for one Paris month, grouped by reseller, brand, flow
// type or technician: dossiers received (reached D) and returned (reached RPR), the turnaround from D to RPR
// in working days, the share returned within the deadline, the outcomes, the quotes' answers and repeat
// repairs. Read from the month's sums that each status change keeps (lib/dossiers/figure-facts.ts); every
// number links to the list of the dossiers it counts (figureDossiers).
import { and, asc, eq, gte, inArray, lt, sql, type Column, type SQL } from "drizzle-orm";
import { z } from "zod";
import { type Db } from "@/db";
import { dossiers, indicatorFacts, indicatorSums, quotes, users } from "@/db/schema";
import { parisMonth, parisMonthOf } from "@/lib/calendar/working-days";
import { NOBODY, NO_VALUE, OUTCOME_FIGURES, type FactFigure } from "@/lib/dossiers/figure-facts";
import { percentile, percentileOfCounts } from "./percentiles";

export const GROUPS = ["reseller", "brand", "type", "technician"] as const;
export const OUTCOMES = OUTCOME_FIGURES;
export const FIGURES = ["received", "returned", "inTime", "late", "repaired", "irreparable", "replaced", "commercial", "destroyed", "quotesAnswered", "quotesAccepted", "repeats"] as const;
export type Figure = (typeof FIGURES)[number];
type QuoteFigure = Exclude<Figure, FactFigure>;
const QUOTE_FIGURES: readonly QuoteFigure[] = ["destroyed", "quotesAnswered", "quotesAccepted"];
/** The most dossiers one number's list shows; its title says how many it counts. */
export const LIST_LIMIT = 2000;

const text = (max: number) => z.preprocess((v) => (v === "" ? undefined : v), z.string().max(max).optional());
export const indicatorFilters = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional().catch(undefined),
  reseller: text(50),
  brand: text(80),
  type: text(20),
  technician: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()).catch(undefined),
  group: z.enum(GROUPS).catch("reseller").default("reseller"),
});
export type IndicatorFilters = z.output<typeof indicatorFilters>;

export interface GroupFigures {
  key: string;
  /** How many dossiers each figure counts. */
  counts: Record<Figure, number>;
  /** Working days from D to RPR of the dossiers returned. */
  turnaround: { median: number | null; p90: number | null };
  /** Hours from the quote to its answer. */
  answerHours: { median: number | null };
}

export interface Indicators {
  month: string;
  groups: GroupFigures[];
  total: GroupFigures;
}

const EMPTY = "—";
const dimension = { reseller: "resellerCode", brand: "brand", type: "flowType", technician: "technician" } as const;

/** The page's filters on a table's four group columns. */
function scopeOn(columns: { reseller: Column; brand: Column; type: Column; technician: Column }, filters: IndicatorFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.reseller) where.push(eq(columns.reseller, filters.reseller));
  if (filters.brand) where.push(eq(columns.brand, filters.brand));
  if (filters.type) where.push(eq(columns.type, filters.type));
  if (filters.technician) where.push(eq(columns.technician, filters.technician));
  return where;
}

/** On the facts' or the sums' columns ('' and 0 stand for none there). */
const factScope = (table: typeof indicatorSums | typeof indicatorFacts, filters: IndicatorFilters) =>
  scopeOn({ reseller: table.resellerCode, brand: table.brand, type: table.flowType, technician: table.technician }, filters);
const quoteScope = (filters: IndicatorFilters) => scopeOn({ reseller: dossiers.resellerCode, brand: dossiers.brand, type: dossiers.type, technician: dossiers.assignedTo }, filters);

/** The centre's people by id, to name the technician groups. */
async function peopleOf(db: Db): Promise<Map<number, string>> {
  return new Map((await db.select({ id: users.id, name: users.name }).from(users)).map((u) => [u.id, u.name]));
}

/** A group's name as the page shows it, from its value in the sums, the facts or a quote's row: the technician's name for a technician; "—" for none. */
function groupNamer(filters: IndicatorFilters, people: ReadonlyMap<number, string>) {
  const name = (value: string | number | null) =>
    filters.group === "technician" ? (value && value !== NOBODY ? people.get(Number(value)) ?? EMPTY : EMPTY) : value ? String(value) : EMPTY;
  const ofQuote = (q: Record<(typeof dimension)[keyof typeof dimension], string | number | null>) => name(q[dimension[filters.group]]);
  return { name, ofQuote };
}

/** The quotes answered this month, with the dossier's group columns. */
function answeredQuotes(db: Db, filters: IndicatorFilters, month: string) {
  const { start, end } = parisMonth(month);
  return db
    .select({ n: quotes.demandNumber, answer: quotes.answer, treatment: quotes.treatment, sentAt: quotes.sentAt, answeredAt: quotes.answeredAt, resellerCode: dossiers.resellerCode, brand: dossiers.brand, flowType: dossiers.type, technician: dossiers.assignedTo })
    .from(quotes)
    .innerJoin(dossiers, eq(dossiers.demandNumber, quotes.demandNumber))
    .where(and(gte(quotes.answeredAt, start), lt(quotes.answeredAt, end), ...quoteScope(filters)));
}

const quoteFigures = (q: { answer: string | null; treatment: string | null }): QuoteFigure[] => [
  "quotesAnswered",
  ...(q.answer === "VDE" ? (["quotesAccepted"] as const) : []),
  ...(q.answer === "RDE" && q.treatment === "DESTRUCT" ? (["destroyed"] as const) : []),
];

/**
 * The month's figures, per group and in total: the month's sums (written as each move is, by
 * lib/dossiers/figure-facts.ts) added up by SQL, the medians from the counts of each value; the quotes
 * answered in the month read as they are (a month holds hundreds, not hundreds of thousands).
 */
export async function indicators(db: Db, filters: IndicatorFilters, now = new Date()): Promise<Indicators> {
  const month = filters.month ?? parisMonthOf(now);
  const { name, ofQuote } = groupNamer(filters, await peopleOf(db));
  const column = indicatorSums[dimension[filters.group]];
  const sums = await db
    .select({ k: column, figure: indicatorSums.figure, value: indicatorSums.value, n: sql<number>`sum(${indicatorSums.count})`.mapWith(Number) })
    .from(indicatorSums)
    .where(and(eq(indicatorSums.month, month), ...factScope(indicatorSums, filters)))
    .groupBy(column, indicatorSums.figure, indicatorSums.value);

  const groups = new Map<string, { counts: Record<Figure, number>; days: Map<number, number>; hours: number[] }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { counts: Object.fromEntries(FIGURES.map((f) => [f, 0])) as Record<Figure, number>, days: new Map(), hours: [] }));
    return g;
  };
  const total = group("\u0000total");
  for (const s of sums) {
    if (s.n <= 0) continue;
    for (const g of [group(name(s.k)), total]) {
      g.counts[s.figure as Figure] += s.n;
      if (s.figure === "returned" && s.value !== NO_VALUE) g.days.set(s.value, (g.days.get(s.value) ?? 0) + s.n);
    }
  }
  for (const q of await answeredQuotes(db, filters, month)) {
    for (const g of [group(ofQuote(q)), total]) {
      for (const figure of quoteFigures(q)) g.counts[figure] += 1;
      if (q.answeredAt) g.hours.push((q.answeredAt.getTime() - q.sentAt.getTime()) / 3_600_000);
    }
  }

  const finish = (key: string, g: typeof total): GroupFigures => {
    const median = percentileOfCounts(g.days, 0.5);
    const p90 = percentileOfCounts(g.days, 0.9);
    return { key, counts: g.counts, turnaround: { median: median === null ? null : median / 10, p90: p90 === null ? null : p90 / 10 }, answerHours: { median: percentile(g.hours, 0.5) } };
  };
  groups.delete("\u0000total");
  return {
    month,
    groups: [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "fr")).map(([key, g]) => finish(key, g)),
    total: finish("", total),
  };
}

/**
 * The dossiers one number counts: `key` is its group's name ('' for the total), under the page's filters.
 * The first LIST_LIMIT by number, and how many there are.
 */
export async function figureDossiers(db: Db, filters: IndicatorFilters, figure: Figure, key: string, now = new Date()): Promise<{ month: string; numbers: string[]; count: number }> {
  const month = filters.month ?? parisMonthOf(now);
  const people = await peopleOf(db);
  const { ofQuote } = groupNamer(filters, people);
  if ((QUOTE_FIGURES as readonly string[]).includes(figure)) {
    const numbers = (await answeredQuotes(db, filters, month))
      .filter((q) => quoteFigures(q).includes(figure as QuoteFigure))
      .filter((q) => !key || ofQuote(q) === key)
      .map((q) => q.n);
    const unique = [...new Set(numbers)].sort();
    return { month, numbers: unique.slice(0, LIST_LIMIT), count: unique.length };
  }
  const where = [eq(indicatorFacts.month, month), eq(indicatorFacts.figure, figure), ...factScope(indicatorFacts, filters)];
  if (key) {
    const column = indicatorFacts[dimension[filters.group]];
    if (filters.group === "technician") {
      const ids = key === EMPTY ? [NOBODY] : [...people.entries()].filter(([, n]) => n === key).map(([id]) => id);
      where.push(inArray(indicatorFacts.technician, ids.length ? ids : [-1]));
    } else where.push(eq(column, key === EMPTY ? "" : key));
  }
  const [counted] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(indicatorFacts).where(and(...where));
  const numbers = (await db.select({ n: indicatorFacts.demandNumber }).from(indicatorFacts).where(and(...where)).orderBy(asc(indicatorFacts.demandNumber)).limit(LIST_LIMIT)).map((r) => r.n);
  return { month, numbers, count: counted?.n ?? 0 };
}


/** One reseller and one month: what the scorecard and the statement are for. */
export const reviewInput = indicatorFilters.extend({
  reseller: z.string().trim().min(1).max(50),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});
