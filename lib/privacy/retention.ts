import "server-only";
// How long a closed dossier keeps its client's personal data (months after it closed; 36 by default), and
// the daily pass that pseudonymises those past it. "Closed": returned to the client, a commercial solution,
// refused by the centre (lib/dossiers/phases.ts), or no longer listed by the platform.
import { and, eq, inArray, isNull, lt, or } from "drizzle-orm";
import { positiveSetting, readSetting, writeSetting } from "@/lib/settings";
import { z } from "zod";
import { type Db } from "@/db";
import { dossiers } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/context";
import { CLOSED_STATUSES } from "@/lib/dossiers/phases";
import { frPrivacy } from "@/lib/i18n/fr-privacy";
import { pseudonymise } from "./pseudonymise";

const MONTHS_KEY = "privacy.retention_months";
const RUN_KEY = "privacy.last_run";
export const DEFAULT_RETENTION_MONTHS = 36;

export const retentionInput = z.object({ months: z.coerce.number({ message: frPrivacy.retention.invalid }).int(frPrivacy.retention.invalid).min(1, frPrivacy.retention.invalid).max(120, frPrivacy.retention.invalid) });

export const retentionMonths = (db: Db) => positiveSetting(db, MONTHS_KEY, DEFAULT_RETENTION_MONTHS);

export async function saveRetention({ ctx, input }: { ctx: Ctx; input: z.output<typeof retentionInput> }) {
  return ctx.db.transaction(async (tx) => {
    const value = String(input.months);
    await writeSetting(tx, MONTHS_KEY, value);
    await recordAudit(tx, ctx, { action: "privacy.retention", summary: { months: input.months }, outcome: "ok" });
    return { months: input.months };
  });
}

export interface RetentionRun {
  at: string;
  count: number;
}

export async function lastRetentionRun(db: Db): Promise<RetentionRun | null> {
  const row = await readSetting(db, RUN_KEY);
  return row ? (JSON.parse(row) as RetentionRun) : null;
}

/** Months before `now`, by the calendar (a dossier closed on 31 March is past 1 month on 1 May). */
export function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/** One pass on a centre's database: the closed dossiers past the period, pseudonymised, and audited. */
export async function runRetention(ctx: Ctx): Promise<RetentionRun> {
  const months = await retentionMonths(ctx.db);
  const cutoff = monthsBefore(ctx.now, months);
  return ctx.db.transaction(async (tx) => {
    const due = await tx
      .select({ n: dossiers.demandNumber })
      .from(dossiers)
      .where(and(isNull(dossiers.pseudonymisedAt), lt(dossiers.statusChangedAt, cutoff), or(inArray(dossiers.statusCode, [...CLOSED_STATUSES]), eq(dossiers.missing, true))));
    const done = await pseudonymise(tx, due.map((d) => d.n), ctx.now);
    const run: RetentionRun = { at: ctx.now.toISOString(), count: done.length };
    await writeSetting(tx, RUN_KEY, JSON.stringify(run));
    // The audit keeps that it happened and how many, not whose.
    await recordAudit(tx, ctx, { action: "privacy.retention_run", summary: { months, count: done.length }, outcome: "ok" });
    return run;
  });
}
