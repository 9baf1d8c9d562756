import "server-only";
// A manager's deadline rules (/admin/delais): listed, added, their limit changed, deleted. Each change is
// audited, and every dossier's due time and figures are written again in the background (a pass over a
// million dossiers does not fit in a request); the page says « recalcul en cours » until it is done.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { first, type Db } from "@/db";
import { DEADLINE_UNITS, deadlineRules } from "@/db/schema";
import type { Ctx, Tx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { readDueRules, type DueRule } from "@/lib/dossiers/due";
import { markDerivedStale, startDerivedPass } from "@/lib/dossiers/derived-pass";
import { KNOWN_STATUSES } from "@/lib/dossiers/phases";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { frDeadlines } from "@/lib/i18n/fr-deadlines";
import { STATUS_CODES } from "@/lib/rma/constants";

const t = frDeadlines.errors;
const blankAsNull = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().toUpperCase().max(max, message).nullable().default(null));
const limit = z.coerce.number({ error: t.limit }).int(t.limit).min(1, t.limit).max(1000, t.limit);

export const ruleInput = z.object({
  resellerCode: blankAsNull(50, t.reseller),
  flowType: blankAsNull(20, t.type),
  fromStatus: z.enum(STATUS_CODES, { error: t.status }),
  toStatus: z.enum(STATUS_CODES, { error: t.status }),
  orStatus: z.preprocess((v) => (v === "" ? null : v), z.enum(STATUS_CODES, { error: t.status }).nullable().default(null)),
  limit,
  unit: z.enum(DEADLINE_UNITS, { error: fr.errors.invalid }),
});
export const ruleLimitInput = z.object({ id: z.coerce.number().int().positive(), limit, unit: z.enum(DEADLINE_UNITS, { error: fr.errors.invalid }) });
export const ruleIdInput = z.object({ id: z.coerce.number().int().positive() });

/** The order of the flows' statuses (the phases' order): an end must come after its start. */
const rank = (status: string) => KNOWN_STATUSES.indexOf(status);

export const listRules = (db: Db): Promise<DueRule[]> => readDueRules(db);

async function overlapping(tx: Tx, rule: { resellerCode: string | null; flowType: string | null; fromStatus: string; toStatuses: string[] }) {
  const same = await tx
    .select({ toStatuses: deadlineRules.toStatuses })
    .from(deadlineRules)
    .where(
      and(
        eq(deadlineRules.fromStatus, rule.fromStatus),
        rule.resellerCode ? eq(deadlineRules.resellerCode, rule.resellerCode) : isNull(deadlineRules.resellerCode),
        rule.flowType ? eq(deadlineRules.flowType, rule.flowType) : isNull(deadlineRules.flowType),
      ),
    );
  return same.some((r) => (JSON.parse(r.toStatuses) as string[]).some((s) => rule.toStatuses.includes(s)));
}

export async function addRule({ ctx, input }: { ctx: Ctx; input: z.output<typeof ruleInput> }) {
  const toStatuses = [...new Set([input.toStatus, ...(input.orStatus ? [input.orStatus] : [])])];
  for (const [field, status] of [["toStatus", input.toStatus], ["orStatus", input.orStatus]] as const) {
    if (status && rank(status) <= rank(input.fromStatus)) throw new ServiceError("invalid", t.endBeforeStart, { [field]: t.endBeforeStart });
  }
  const rule = { resellerCode: input.resellerCode, flowType: input.flowType, fromStatus: input.fromStatus, toStatuses };
  const id = await ctx.db.transaction(async (tx) => {
    if (await overlapping(tx, rule)) throw new ServiceError("invalid", t.overlap, { toStatus: t.overlap });
    const [row] = await tx
      .insert(deadlineRules)
      .values({ ...rule, toStatuses: JSON.stringify(toStatuses), limit: input.limit, unit: input.unit, createdBy: ctx.user.id > 0 ? ctx.user.id : null, createdAt: ctx.now })
      .returning({ id: deadlineRules.id });
    await recordAudit(tx, ctx, { action: "deadlines.add", summary: { id: row!.id, ...rule, limit: input.limit, unit: input.unit }, outcome: "ok" });
    await markDerivedStale(tx, ctx.now);
    return row!.id;
  });
  startDerivedPass(ctx.db);
  return { id };
}

export async function changeRuleLimit({ ctx, input }: { ctx: Ctx; input: z.output<typeof ruleLimitInput> }) {
  await ctx.db.transaction(async (tx) => {
    const updated = await tx.update(deadlineRules).set({ limit: input.limit, unit: input.unit }).where(eq(deadlineRules.id, input.id)).returning({ id: deadlineRules.id });
    if (!updated.length) throw new ServiceError("not_found", t.unknownRule);
    await recordAudit(tx, ctx, { action: "deadlines.change", summary: { ...input }, outcome: "ok" });
    await markDerivedStale(tx, ctx.now);
  });
  startDerivedPass(ctx.db);
  return { ok: true };
}

export async function deleteRule({ ctx, input }: { ctx: Ctx; input: z.output<typeof ruleIdInput> }) {
  await ctx.db.transaction(async (tx) => {
    const held = await first(tx.select().from(deadlineRules).where(eq(deadlineRules.id, input.id)));
    if (!held) throw new ServiceError("not_found", t.unknownRule);
    await tx.delete(deadlineRules).where(eq(deadlineRules.id, input.id));
    await recordAudit(tx, ctx, { action: "deadlines.delete", summary: { id: held.id, fromStatus: held.fromStatus, toStatuses: held.toStatuses }, outcome: "ok" });
    await markDerivedStale(tx, ctx.now);
  });
  startDerivedPass(ctx.db);
  return { ok: true };
}

