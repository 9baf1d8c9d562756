import "server-only";
// Each open dossier's deadline: when its open phase is due under the centre's deadline rules, written on the
// dossier when its status changes (the sync, the push, Atelier's own writes) or when a rule changes, so that
// the queue sorts and filters on a column instead of reading the history at each page (./derived.ts).
import { asc, sql } from "drizzle-orm";
import { usesPostgres, type Db } from "@/db";
import { deadlineRules, type DeadlineUnit } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { config } from "@/lib/config/env";
import { formatDue } from "@/lib/format";
import { frDeadlines } from "@/lib/i18n/fr-deadlines";
import { CLOSED_STATUSES } from "./phases";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface DueRule {
  id: number;
  resellerCode: string | null;
  flowType: string | null;
  fromStatus: string;
  toStatuses: string[];
  limit: number;
  unit: DeadlineUnit;
}

export interface DueDossier {
  demandNumber: string;
  type: string;
  resellerCode: string | null;
  statusCode: string;
  statusChangedAt: Date;
}

export interface Due {
  dueAt: Date;
  /** The rule's id; null for the default (the aging threshold, AGING_ALERT_DAYS calendar days in a status). */
  rule: number | null;
}

/** Past its due time, due within a working day, or in time. */
export type DueState = "late" | "risk" | "ok";

export function dueState(dueAt: Date, now: Date, riskUntil = addWorkingDays(now, 1)): DueState {
  return dueAt.getTime() < now.getTime() ? "late" : dueAt.getTime() < riskUntil.getTime() ? "risk" : "ok";
}

/** When a phase that started at `start` is due under `rule`. */
export const dueFrom = (rule: Pick<DueRule, "limit" | "unit">, start: Date): Date =>
  rule.unit === "hours" ? new Date(start.getTime() + rule.limit * HOUR) : addWorkingDays(start, rule.limit);

/** How specific a rule is: one reseller and one flow type beats either, which beats a rule for all. */
const specificity = (r: DueRule) => (r.resellerCode ? 2 : 0) + (r.flowType ? 1 : 0);
const phaseKey = (r: DueRule) => `${r.fromStatus}>${[...r.toStatuses].sort().join(",")}`;

/** The rules that apply to a dossier, the most specific one per phase. */
export function rulesFor(dossier: Pick<DueDossier, "type" | "resellerCode">, rules: readonly DueRule[]): DueRule[] {
  const best = new Map<string, DueRule>();
  for (const rule of rules) {
    if (rule.resellerCode && rule.resellerCode !== dossier.resellerCode) continue;
    if (rule.flowType && rule.flowType !== dossier.type) continue;
    const held = best.get(phaseKey(rule));
    if (!held || specificity(rule) > specificity(held)) best.set(phaseKey(rule), rule);
  }
  return [...best.values()];
}

/**
 * When a dossier is due: the earliest due time of the phases it is in (a phase starts at the last time it
 * reached the rule's first status, and ends when it then reaches one of its end statuses); with no such
 * phase, the default. A closed dossier has none. `history`: its status changes, oldest first.
 */
export function dueOf(dossier: DueDossier, history: ReadonlyArray<{ newStatus: string; at: Date }>, rules: readonly DueRule[], alertDays: number): Due | null {
  if (CLOSED_STATUSES.includes(dossier.statusCode)) return null;
  let due: Due | null = null;
  for (const rule of rulesFor(dossier, rules)) {
    let startIndex = -1;
    for (let i = history.length - 1; i >= 0; i--) {
      if (history[i]!.newStatus === rule.fromStatus) {
        startIndex = i;
        break;
      }
    }
    // First seen at the start status with no change recorded: its clock is the dossier's own.
    const start = startIndex >= 0 ? history[startIndex]!.at : dossier.statusCode === rule.fromStatus ? dossier.statusChangedAt : null;
    if (!start) continue;
    if (rule.toStatuses.includes(dossier.statusCode)) continue;
    if (history.slice(startIndex + 1).some((h) => rule.toStatuses.includes(h.newStatus))) continue;
    const at = dueFrom(rule, start);
    if (!due || at.getTime() < due.dueAt.getTime() || (at.getTime() === due.dueAt.getTime() && rule.id < (due.rule ?? Infinity))) due = { dueAt: at, rule: rule.id };
  }
  return due ?? { dueAt: new Date(dossier.statusChangedAt.getTime() + alertDays * DAY), rule: null };
}

/** The centre's rules, as dueOf reads them. */
export async function readDueRules(db: Db | Tx): Promise<DueRule[]> {
  const rows = await db.select().from(deadlineRules).orderBy(asc(deadlineRules.id));
  return rows.map((r) => ({ id: r.id, resellerCode: r.resellerCode, flowType: r.flowType, fromStatus: r.fromStatus, toStatuses: JSON.parse(r.toStatuses) as string[], limit: r.limit, unit: r.unit }));
}

/** One statement per slice: every dossier's new due time in one JSON parameter. */
export function writeDueStatement(values: Array<{ n: string; d: number | null; r: number | null }>) {
  const json = JSON.stringify(values);
  return usesPostgres()
    ? sql`UPDATE dossiers SET due_at = v.d, due_rule = v.r FROM json_to_recordset(${json}::json) AS v(n text, d bigint, r integer) WHERE dossiers.demand_number = v.n`
    : sql`UPDATE dossiers SET due_at = j.value ->> 'd', due_rule = j.value ->> 'r' FROM jsonb_each(${json}) AS j WHERE dossiers.demand_number = j.value ->> 'n'`;
}

/** The due time as the dossier page shows it: when, its state, and the rule behind it. */
export async function dueView(db: Db, dossier: { dueAt: Date | null; dueRule: number | null }, now: Date) {
  if (!dossier.dueAt) return null;
  const t = frDeadlines;
  let why = t.due.byDefault(config().aging.alertDays);
  if (dossier.dueRule !== null) {
    const rule = (await readDueRules(db)).find((r) => r.id === dossier.dueRule);
    if (rule) why = t.due.byRule(t.phase(rule.fromStatus, rule.toStatuses.join(t.or)), t.limit(rule.limit, rule.unit));
  }
  return { text: formatDue(dossier.dueAt), state: dueState(dossier.dueAt, now), why };
}
