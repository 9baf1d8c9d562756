import "server-only";
// What each dossier adds to the months of /indicateurs, written with its due time whenever its status (or
// who holds it) changes: received (D), returned (RPR) with its turnaround from the last D in tenths of a
// working day, in time or late against its reseller's D → RPR rule, an outcome, a repeat repair. The month
// sums move by the difference between the facts a dossier had and those it has now, so the page reads a
// month's sums instead of judging a month of moves one by one (5.8 s at 100,000 dossiers that way).
import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { execute, usesPostgres, type Db } from "@/db";
import { dossiers, indicatorFacts, statusHistory } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { parisMonthOf, workingDaysBetween } from "@/lib/calendar/working-days";
import { dueFrom, rulesFor, type DueRule } from "./due";
import { repeatDays, returnedWithin } from "./product-history";
import { inIgnoringCase } from "./search";

export const OUTCOME_FIGURES = { PRRE: "repaired", PRIR: "irreparable", RPLPR: "replaced", AVRC: "commercial" } as const;
export const FACT_FIGURES = ["received", "returned", "inTime", "late", "repaired", "irreparable", "replaced", "commercial", "repeats"] as const;
export type FactFigure = (typeof FACT_FIGURES)[number];

/** The sentinels that keep a fact's columns non-null (db/schema/indicator-figures.ts). */
export const NOBODY = 0;
export const NO_VALUE = -1;

export interface FactDossier {
  demandNumber: string;
  type: string;
  resellerCode: string | null;
  brand: string | null;
  assignedTo: number | null;
  serialNumber: string | null;
  imeiNumber: string | null;
  createdAt: Date | null;
}

export interface Fact {
  demandNumber: string;
  figure: FactFigure;
  month: string;
  resellerCode: string;
  brand: string;
  flowType: string;
  technician: number;
  value: number;
}

/** Another dossier's return of the same product: what makes a reception a repeat repair. */
export interface ProductReturn {
  demandNumber: string;
  serial: string | null;
  imei: string | null;
  at: Date;
}

/** Returns by serial number (upper case) and by IMEI, so that each reception looks up its own product's. */
export class ProductReturns {
  private readonly bySerial = new Map<string, ProductReturn[]>();
  private readonly byImei = new Map<string, ProductReturn[]>();
  constructor(returns: readonly ProductReturn[]) {
    const push = (map: Map<string, ProductReturn[]>, key: string, r: ProductReturn) => {
      const list = map.get(key);
      if (list) list.push(r);
      else map.set(key, [r]);
    };
    for (const r of returns) {
      if (r.serial) push(this.bySerial, r.serial.toUpperCase(), r);
      if (r.imei) push(this.byImei, r.imei, r);
    }
  }
  of(d: Pick<FactDossier, "serialNumber" | "imeiNumber">): ProductReturn[] {
    return [...(d.serialNumber ? this.bySerial.get(d.serialNumber.toUpperCase()) ?? [] : []), ...(d.imeiNumber ? this.byImei.get(d.imeiNumber) ?? [] : [])];
  }
}

/**
 * A dossier's facts from its history (oldest first). Per month: received once, returned once (its first RPR
 * of the month, timed from the last D before it), each outcome once; a repeat when a dossier received that
 * month was opened within `days` of another dossier's return of the same serial (any case) or IMEI.
 */
export function factsOf(d: FactDossier, history: ReadonlyArray<{ newStatus: string; at: Date }>, rprRules: readonly DueRule[], returns: ProductReturns, days: number): Fact[] {
  const facts = new Map<string, Fact>();
  const base = { demandNumber: d.demandNumber, resellerCode: d.resellerCode ?? "", brand: d.brand ?? "", flowType: d.type, technician: d.assignedTo ?? NOBODY };
  const add = (figure: FactFigure, month: string, value = NO_VALUE) => {
    if (!facts.has(`${figure}|${month}`)) facts.set(`${figure}|${month}`, { ...base, figure, month, value });
  };
  const [rule] = rulesFor(d, rprRules);
  let lastD: Date | null = null;
  const receivedIn = new Set<string>();
  for (const move of history) {
    const month = parisMonthOf(move.at);
    if (move.newStatus === "D") {
      lastD = move.at;
      add("received", month);
      receivedIn.add(month);
    } else if (move.newStatus === "RPR") {
      if (facts.has(`returned|${month}`)) continue;
      add("returned", month, lastD ? Math.round(workingDaysBetween(lastD, move.at) * 10) : NO_VALUE);
      if (lastD && rule) add(move.at.getTime() <= dueFrom(rule, lastD).getTime() ? "inTime" : "late", month);
    } else if (move.newStatus in OUTCOME_FIGURES) {
      add(OUTCOME_FIGURES[move.newStatus as keyof typeof OUTCOME_FIGURES], month);
    }
  }
  const product = receivedIn.size ? returns.of(d).filter((r) => r.demandNumber !== d.demandNumber) : [];
  if (product.length) {
    for (const month of receivedIn) {
      // Opened: the dossier's creation, else its last reception of that month.
      const lastOfMonth = history.filter((h) => h.newStatus === "D" && parisMonthOf(h.at) === month).at(-1)!.at;
      const opened = d.createdAt ?? lastOfMonth;
      if (product.some((r) => returnedWithin(r.at, opened, days))) add("repeats", month);
    }
  }
  return [...facts.values()];
}

/** Every return of the products these dossiers carry, by serial or IMEI. */
async function returnsOf(tx: Db | Tx, rows: readonly FactDossier[]): Promise<ProductReturn[]> {
  const serials = [...new Set(rows.map((r) => r.serialNumber?.toUpperCase()).filter((s): s is string => Boolean(s)))];
  const imeis = [...new Set(rows.map((r) => r.imeiNumber).filter((s): s is string => Boolean(s)))];
  if (!serials.length && !imeis.length) return [];
  return tx
    .select({ demandNumber: dossiers.demandNumber, serial: dossiers.serialNumber, imei: dossiers.imeiNumber, at: statusHistory.at })
    .from(dossiers)
    .innerJoin(statusHistory, and(eq(statusHistory.demandNumber, dossiers.demandNumber), eq(statusHistory.newStatus, "RPR")))
    .where(or(serials.length ? inIgnoringCase(dossiers.serialNumber, serials) : undefined, imeis.length ? inArray(dossiers.imeiNumber, imeis) : undefined));
}

const factKey = (f: Fact) => `${f.figure}|${f.month}|${f.resellerCode}|${f.brand}|${f.flowType}|${f.technician}|${f.value}`;

/**
 * Writes these dossiers' facts and moves the month sums by the difference, in the caller's transaction
 * (which holds the dossiers' rows: two writers of one dossier's facts never interleave).
 */
export async function writeFacts(tx: Db | Tx, rows: readonly FactDossier[], history: ReadonlyMap<string, ReadonlyArray<{ newStatus: string; at: Date }>>, rules: readonly DueRule[]): Promise<void> {
  if (!rows.length) return;
  const rprRules = rules.filter((r) => r.fromStatus === "D" && r.toStatuses.includes("RPR"));
  // Only a reception can be a repeat repair: the products of the dossiers that reached D are looked up.
  const received = rows.filter((r) => (r.serialNumber || r.imeiNumber) && history.get(r.demandNumber)?.some((h) => h.newStatus === "D"));
  const [found, days] = await Promise.all([returnsOf(tx, received), repeatDays(tx)]);
  const returns = new ProductReturns(found);
  const numbers = rows.map((r) => r.demandNumber);
  const stored = await tx.select().from(indicatorFacts).where(inArray(indicatorFacts.demandNumber, numbers));
  const before = new Map<string, Fact[]>();
  for (const f of stored) before.set(f.demandNumber, [...(before.get(f.demandNumber) ?? []), f as Fact]);

  const delta = new Map<string, { fact: Fact; count: number }>();
  const move = (f: Fact, by: number) => {
    const k = factKey(f);
    const held = delta.get(k);
    if (held) held.count += by;
    else delta.set(k, { fact: f, count: by });
  };
  const changed: string[] = [];
  const inserts: Fact[] = [];
  for (const row of rows) {
    const now = factsOf(row, history.get(row.demandNumber) ?? [], rprRules, returns, days);
    const old = before.get(row.demandNumber) ?? [];
    const same = old.length === now.length && old.map(factKey).sort().join("\n") === now.map(factKey).sort().join("\n");
    if (same) continue;
    changed.push(row.demandNumber);
    inserts.push(...now);
    old.forEach((f) => move(f, -1));
    now.forEach((f) => move(f, +1));
  }
  if (!changed.length) return;
  await tx.delete(indicatorFacts).where(inArray(indicatorFacts.demandNumber, changed));
  if (inserts.length) await execute(tx, insertFacts(inserts));
  // In the order of their keys, so that two transactions moving the same sums lock them in one order.
  const sums = [...delta.entries()].filter(([, d]) => d.count !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (sums.length) await execute(tx, addToSums(sums.map(([, { fact, count }]) => ({ ...fact, count }))));
}

// One statement each, the rows in one JSON parameter: a slice's hundreds of facts without building a
// statement of thousands of parameters.
const COLUMNS = "month, figure, reseller_code, brand, flow_type, technician, value";
const asJson = (rows: ReadonlyArray<Omit<Fact, "demandNumber"> & { demandNumber?: string; count?: number }>) =>
  JSON.stringify(rows.map((r) => ({ n: r.demandNumber, month: r.month, figure: r.figure, reseller_code: r.resellerCode, brand: r.brand, flow_type: r.flowType, technician: r.technician, value: r.value, count: r.count })));

function insertFacts(facts: readonly Fact[]): SQL {
  const json = asJson(facts);
  return usesPostgres()
    ? sql`INSERT INTO indicator_facts (demand_number, ${sql.raw(COLUMNS)}) SELECT n, ${sql.raw(COLUMNS)} FROM json_to_recordset(${json}::json) AS v(n text, month text, figure text, reseller_code text, brand text, flow_type text, technician integer, value integer)`
    : sql`INSERT INTO indicator_facts (demand_number, ${sql.raw(COLUMNS)}) SELECT j.value ->> 'n', j.value ->> 'month', j.value ->> 'figure', j.value ->> 'reseller_code', j.value ->> 'brand', j.value ->> 'flow_type', j.value ->> 'technician', j.value ->> 'value' FROM jsonb_each(${json}) AS j`;
}

function addToSums(rows: ReadonlyArray<Fact & { count: number }>): SQL {
  const json = asJson(rows);
  const conflict = sql.raw(`ON CONFLICT (${COLUMNS}) DO UPDATE SET count = indicator_sums.count + excluded.count`);
  return usesPostgres()
    ? sql`INSERT INTO indicator_sums (${sql.raw(COLUMNS)}, count) SELECT ${sql.raw(COLUMNS)}, count FROM json_to_recordset(${json}::json) AS v(month text, figure text, reseller_code text, brand text, flow_type text, technician integer, value integer, count integer) ${conflict}`
    : sql`INSERT INTO indicator_sums (${sql.raw(COLUMNS)}, count) SELECT j.value ->> 'month', j.value ->> 'figure', j.value ->> 'reseller_code', j.value ->> 'brand', j.value ->> 'flow_type', j.value ->> 'technician', j.value ->> 'value', j.value ->> 'count' FROM jsonb_each(${json}) AS j WHERE true ${conflict}`;
}
