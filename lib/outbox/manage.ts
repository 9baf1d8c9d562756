import "server-only";
// A person's decisions on a command that could not go by itself: try a refused one again, bring a check
// forward, send again or mark as sent what only RMA Manager can tell, or give it up.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { first } from "@/db";
import { auditLog, outbox } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { processDossier, settleSent, type OutboxDeps } from "./outbox";

export const commandIdInput = z.object({ commandId: z.coerce.number().int().positive() });
type Input = { ctx: Ctx; input: z.output<typeof commandIdInput> };

/** Before its state is weighed: a command of this centre's outbox (another centre's id is not found). */
async function assertCommand(ctx: Ctx, id: number) {
  if (!(await first(ctx.db.select({ id: outbox.id }).from(outbox).where(eq(outbox.id, id))))) throw new ServiceError("not_found", fr.outbox.notFound);
}

const stateOf = async (ctx: Ctx, id: number) => (await first(ctx.db.select({ s: outbox.state }).from(outbox).where(eq(outbox.id, id))))!.s;

/**
 * "Réessayer" on a refused command sends it again; on a pending or unknown one it only brings the next try
 * forward (an unknown outcome is still checked before anything is sent).
 */
export async function retryCommand({ ctx, input, deps }: Input & { deps: OutboxDeps }) {
  await assertCommand(ctx, input.commandId);
  const refused = await first(
    ctx.db
      .update(outbox)
      .set({ state: "pending", nextAttemptAt: ctx.now, lastErrorCode: null, errorDetail: null })
      .where(and(eq(outbox.id, input.commandId), eq(outbox.state, "failed")))
      .returning(),
  );
  const target = refused ?? (await first(ctx.db.update(outbox).set({ nextAttemptAt: ctx.now }).where(and(eq(outbox.id, input.commandId), inArray(outbox.state, ["unknown", "pending"]))).returning()));
  if (!target) throw new ServiceError("conflict", fr.outbox.notRetryable);
  await processDossier(deps, target.demandNumber);
  return { demandNumber: target.demandNumber, state: await stateOf(ctx, target.id) };
}

/** "Renvoyer": a person checked RMA Manager and found nothing; the command goes again, as a new send. */
export async function resendCommand({ ctx, input, deps }: Input & { deps: OutboxDeps }) {
  await assertCommand(ctx, input.commandId);
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await first(
      tx
        .update(outbox)
        .set({ state: "pending", nextAttemptAt: ctx.now, lastErrorCode: null, errorDetail: null, verifyAttempts: 0 })
        .where(and(eq(outbox.id, input.commandId), eq(outbox.state, "review")))
        .returning(),
    );
    if (updated) await recordAudit(tx, ctx, { dossierNumber: updated.demandNumber, action: "outbox.resend", summary: { commandId: updated.id, kind: updated.kind }, outcome: "ok" });
    return updated;
  });
  if (!row) throw new ServiceError("conflict", fr.outbox.notReviewable);
  await processDossier(deps, row.demandNumber);
  return { demandNumber: row.demandNumber, state: await stateOf(ctx, row.id) };
}

/** "Marquer comme envoyé": a person saw it on RMA Manager; Atelier records it as applied, without sending. */
export async function markCommandSent({ ctx, input, deps }: Input & { deps: OutboxDeps }) {
  await assertCommand(ctx, input.commandId);
  const row = await first(ctx.db.select().from(outbox).where(and(eq(outbox.id, input.commandId), eq(outbox.state, "review"))));
  if (!row || !(await settleSent(ctx.db, row, ctx.now, null))) throw new ServiceError("conflict", fr.outbox.notReviewable);
  await recordAudit(ctx.db, ctx, { dossierNumber: row.demandNumber, action: "outbox.mark-sent", summary: { commandId: row.id, kind: row.kind }, outcome: "ok" });
  await processDossier(deps, row.demandNumber);
  return { demandNumber: row.demandNumber, state: await stateOf(ctx, row.id) };
}

export async function abandonCommand({ ctx, input }: Input) {
  await assertCommand(ctx, input.commandId);
  return ctx.db.transaction(async (tx) => {
    const row = await first(
      tx
        .update(outbox)
        .set({ state: "abandoned", lastErrorCode: "abandoned" })
        .where(and(eq(outbox.id, input.commandId), inArray(outbox.state, ["pending", "failed", "unknown", "review"])))
        .returning(),
    );
    if (!row) throw new ServiceError("conflict", fr.outbox.notAbandonable);
    if (row.auditId) await tx.update(auditLog).set({ outcome: "failed", message: fr.outbox.abandonedBy(ctx.user.name) }).where(eq(auditLog.id, row.auditId));
    return { demandNumber: row.demandNumber };
  });
}
