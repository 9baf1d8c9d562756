import "server-only";
// The figures of the reseller review (/indicateurs), for one Paris month, grouped by reseller, brand, flow
// type or technician: dossiers received (reached D) and returned (reached RPR), the turnaround from D to RPR
// in working days, the share returned within the deadline, the outcomes, the quotes' answers and repeat
// repairs. Read from the status history by the month's range of its `at` index; each figure keeps the
// dossiers it counts, so every number links to its list.
import { and, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { usesPostgres, type Db } from "@/db";
import { dossiers, quotes, statusHistory, users } from "@/db/schema";
import { parisMonth, parisMonthOf, workingDaysBetween } from "@/lib/calendar/working-days";
import { dueFrom, readDueRules, rulesFor } from "@/lib/dossiers/due";
import { repeatDays } from "@/lib/dossiers/product-history";
import { percentile } from "./percentiles";

export const GROUPS = ["reseller", "brand", "type", "technician"] as const;
export const OUTCOMES = { PRRE: "repaired", PRIR: "irreparable", RPLPR: "replaced", AVRC: "commercial" } as const;
export const FIGURES = ["received", "returned", "inTime", "late", "repaired", "irreparable", "replaced", "commercial", "destroyed", "quotesAnswered", "quotesAccepted", "repeats"] as const;
export type Figure = (typeof FIGURES)[number];

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
  /** Dossier numbers per figure. */
  lists: Record<Figure, string[]>;
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


function scope(filters: IndicatorFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.reseller) where.push(eq(dossiers.resellerCode, filters.reseller));
  if (filters.brand) where.push(eq(dossiers.brand, filters.brand));
  if (filters.type) where.push(eq(dossiers.type, filters.type));
  if (filters.technician) where.push(eq(dossiers.assignedTo, filters.technician));
  return where;
}

/** Serial numbers in any case, through each engine's own index for them (db/migrations/0002, db/pg/migrations/0001). */
const serialIn = (upper: string[]): SQL =>
  usesPostgres()
    ? sql`lower(${dossiers.serialNumber}) IN (${sql.join(upper.map((s) => sql`${s.toLowerCase()}`), sql`, `)})`
    : sql`${dossiers.serialNumber} COLLATE NOCASE IN (${sql.join(upper.map((s) => sql`${s}`), sql`, `)})`;

export async function indicators(db: Db, filters: IndicatorFilters, now = new Date()): Promise<Indicators> {
  const month = filters.month ?? parisMonthOf(now);
  const { start, end } = parisMonth(month);
  const where = scope(filters);
  const people = new Map((await db.select({ id: users.id, name: users.name }).from(users)).map((u) => [u.id, u.name]));
  const keyOf = (d: { reseller: string | null; brand: string | null; type: string; assignedTo: number | null }) =>
    (filters.group === "brand" ? d.brand : filters.group === "type" ? d.type : filters.group === "technician" ? (d.assignedTo ? people.get(d.assignedTo) ?? null : null) : d.reseller) ?? "—";

  // The month's moves that a figure counts, with each RPR's last D before it.
  const lastD = sql<number | null>`CASE WHEN ${statusHistory.newStatus} = 'RPR' THEN (SELECT max(h2.at) FROM status_history h2 WHERE h2.demand_number = ${statusHistory.demandNumber} AND h2.new_status = 'D' AND h2.at <= ${statusHistory.at}) END`.mapWith((v) => (v === null ? null : Number(v)));
  const moves = await db
    .select({
      n: statusHistory.demandNumber,
      status: statusHistory.newStatus,
      at: statusHistory.at,
      dAt: lastD,
      reseller: dossiers.resellerCode,
      brand: dossiers.brand,
      type: dossiers.type,
      assignedTo: dossiers.assignedTo,
      serial: dossiers.serialNumber,
      imei: dossiers.imeiNumber,
      createdAt: dossiers.createdAt,
    })
    .from(statusHistory)
    .innerJoin(dossiers, eq(dossiers.demandNumber, statusHistory.demandNumber))
    .where(and(gte(statusHistory.at, start), lt(statusHistory.at, end), inArray(statusHistory.newStatus, ["D", "RPR", ...Object.keys(OUTCOMES)]), ...where));

  const answered = await db
    .select({ n: quotes.demandNumber, answer: quotes.answer, treatment: quotes.treatment, sentAt: quotes.sentAt, answeredAt: quotes.answeredAt, reseller: dossiers.resellerCode, brand: dossiers.brand, type: dossiers.type, assignedTo: dossiers.assignedTo })
    .from(quotes)
    .innerJoin(dossiers, eq(dossiers.demandNumber, quotes.demandNumber))
    .where(and(gte(quotes.answeredAt, start), lt(quotes.answeredAt, end), ...where));

  const rules = (await readDueRules(db)).filter((r) => r.fromStatus === "D" && r.toStatuses.includes("RPR"));
  const groups = new Map<string, { lists: Record<Figure, Set<string>>; days: number[]; hours: number[] }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { lists: Object.fromEntries(FIGURES.map((f) => [f, new Set<string>()])) as Record<Figure, Set<string>>, days: [], hours: [] }));
    return g;
  };
  const total = group("\u0000total");

  const received = new Map<string, (typeof moves)[number]>();
  for (const m of moves) {
    const targets = [group(keyOf(m)), total];
    const add = (figure: Figure) => targets.forEach((g) => g.lists[figure].add(m.n));
    if (m.status === "D") {
      add("received");
      received.set(m.n, m);
    } else if (m.status === "RPR") {
      if (targets[0]!.lists.returned.has(m.n)) continue;
      add("returned");
      if (m.dAt !== null) {
        const days = Math.round(workingDaysBetween(new Date(m.dAt), m.at) * 10) / 10;
        targets.forEach((g) => g.days.push(days));
        // Within the deadline: the D → RPR rule that applies to it (the reseller's, else the one for all).
        const [rule] = rulesFor({ type: m.type, resellerCode: m.reseller }, rules).filter((r) => r.toStatuses.includes("RPR"));
        if (rule) {
          const due = dueFrom(rule, new Date(m.dAt));
          add(m.at.getTime() <= due.getTime() ? "inTime" : "late");
        }
      }
    } else {
      add(OUTCOMES[m.status as keyof typeof OUTCOMES]);
    }
  }

  for (const q of answered) {
    const targets = [group(keyOf(q)), total];
    const add = (figure: Figure) => targets.forEach((g) => g.lists[figure].add(q.n));
    add("quotesAnswered");
    if (q.answer === "VDE") add("quotesAccepted");
    if (q.answer === "RDE" && q.treatment === "DESTRUCT") add("destroyed");
    if (q.answeredAt) targets.forEach((g) => g.hours.push((q.answeredAt!.getTime() - q.sentAt.getTime()) / 3_600_000));
  }

  // Repeat repairs: a product received this month that another dossier returned within N days before.
  const days = await repeatDays(db);
  const products = [...received.values()].filter((m) => m.serial || m.imei);
  for (let i = 0; i < products.length; i += 400) {
    const slice = products.slice(i, i + 400);
    const serials = [...new Set(slice.map((m) => m.serial?.toUpperCase()).filter((s): s is string => Boolean(s)))];
    const imeis = [...new Set(slice.map((m) => m.imei).filter((s): s is string => Boolean(s)))];
    const returns = await db
      .select({ n: dossiers.demandNumber, serial: dossiers.serialNumber, imei: dossiers.imeiNumber, at: statusHistory.at })
      .from(dossiers)
      .innerJoin(statusHistory, and(eq(statusHistory.demandNumber, dossiers.demandNumber), eq(statusHistory.newStatus, "RPR")))
      .where(or(serials.length ? serialIn(serials) : undefined, imeis.length ? inArray(dossiers.imeiNumber, imeis) : undefined));
    const bySerial = new Map<string, typeof returns>();
    const byImei = new Map<string, typeof returns>();
    for (const r of returns) {
      if (r.serial) bySerial.set(r.serial.toUpperCase(), [...(bySerial.get(r.serial.toUpperCase()) ?? []), r]);
      if (r.imei) byImei.set(r.imei, [...(byImei.get(r.imei) ?? []), r]);
    }
    for (const m of slice) {
      const opened = (m.createdAt ?? m.at).getTime();
      const candidates = [...(m.serial ? bySerial.get(m.serial.toUpperCase()) ?? [] : []), ...(m.imei ? byImei.get(m.imei) ?? [] : [])];
      const back = candidates.some((r) => r.n !== m.n && r.at.getTime() <= opened && opened - r.at.getTime() <= days * 86_400_000);
      if (back) [group(keyOf(m)), total].forEach((g) => g.lists.repeats.add(m.n));
    }
  }

  const finish = (key: string, g: typeof total): GroupFigures => ({
    key,
    lists: Object.fromEntries(FIGURES.map((f) => [f, [...g.lists[f]].sort()])) as Record<Figure, string[]>,
    turnaround: { median: percentile(g.days, 0.5), p90: percentile(g.days, 0.9) },
    answerHours: { median: percentile(g.hours, 0.5) },
  });
  groups.delete("\u0000total");
  return {
    month,
    groups: [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "fr")).map(([key, g]) => finish(key, g)),
    total: finish("", total),
  };
}


/** One reseller and one month: what the scorecard and the statement are for. */
export const reviewInput = indicatorFilters.extend({
  reseller: z.string().trim().min(1).max(50),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});
