import "server-only";
// A person's decisions on a command that could not go: send it again now, or give it up.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { auditLog, outbox } from "@/db/schema";
import type { Ctx } from "@/lib/actions/safe-action";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { processDossier, type OutboxDeps } from "./outbox";

export const commandIdInput = z.object({ commandId: z.coerce.number().int().positive() });

export async function retryCommand({ ctx, input, deps }: { ctx: Ctx; input: z.output<typeof commandIdInput>; deps: OutboxDeps }) {
  const row = ctx.db
    .update(outbox)
    .set({ state: "pending", nextAttemptAt: ctx.now, lastError: null })
    .where(and(eq(outbox.id, input.commandId), eq(outbox.state, "failed")))
    .returning()
    .get();
  // An "unknown" command is only brought forward: it is still checked before being sent again.
  const unknown = row
    ? undefined
    : ctx.db.update(outbox).set({ nextAttemptAt: ctx.now }).where(and(eq(outbox.id, input.commandId), inArray(outbox.state, ["unknown", "pending"]))).returning().get();
  const target = row ?? unknown;
  if (!target) throw new ServiceError("conflict", fr.outbox.notRetryable);
  await processDossier(deps, target.demandNumber);
  return { demandNumber: target.demandNumber, state: ctx.db.select({ s: outbox.state }).from(outbox).where(eq(outbox.id, target.id)).get()!.s };
}

export function abandonCommand({ ctx, input }: { ctx: Ctx; input: z.output<typeof commandIdInput> }) {
  return ctx.db.transaction((tx) => {
    const row = tx
      .update(outbox)
      .set({ state: "abandoned", lastError: fr.outbox.abandonedBy(ctx.user.name) })
      .where(and(eq(outbox.id, input.commandId), inArray(outbox.state, ["pending", "failed", "unknown"])))
      .returning()
      .get();
    if (!row) throw new ServiceError("conflict", fr.outbox.notAbandonable);
    if (row.auditId) tx.update(auditLog).set({ outcome: "failed", message: fr.outbox.abandonedBy(ctx.user.name) }).where(eq(auditLog.id, row.auditId)).run();
    return { demandNumber: row.demandNumber };
  });
}
