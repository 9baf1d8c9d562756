import "server-only";
// Who has a dossier: a local fact, audited. A technician takes one for themselves; a manager assigns or
// reassigns anyone's, one at a time or in bulk from the queue.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { first } from "@/db";
import { dossiers, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { dossierScopes, publish } from "@/lib/live/bus";
import { produceEvent } from "@/lib/notifications/produce";
import { refreshDerived } from "./derived";

export const takeInput = z.object({ demandNumber: z.string().min(1).max(50) });
export const assignInput = z.object({
  demandNumbers: z.array(z.string().min(1).max(50)).min(1, fr.assign.noneSelected).max(500),
  /** null: nobody has it any more. */
  userId: z.number().int().positive().nullable(),
});

function assign(ctx: Ctx, demandNumbers: string[], userId: number | null) {
  return ctx.db.transaction(async (tx) => {
    if (userId !== null && !(await first(tx.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.active, true)))))) {
      throw new ServiceError("invalid", fr.assign.unknownUser, { userId: fr.assign.unknownUser });
    }
    const changed = await tx.update(dossiers).set({ assignedTo: userId }).where(inArray(dossiers.demandNumber, demandNumbers)).returning({ n: dossiers.demandNumber });
    if (!changed.length) throw new ServiceError("not_found", fr.dossier.notFound);
    // The figures per technician follow the dossier to its new hands.
    await refreshDerived(tx, changed.map((c) => c.n));
    for (const { n } of changed) {
      const audit = await recordAudit(tx, ctx, { dossierNumber: n, action: "dossier.assign", summary: { userId }, outcome: "ok" });
      // Taking a dossier for oneself is no news to anyone.
      if (userId !== null && userId !== ctx.user.id) {
        await produceEvent(tx, { type: "assigned", demandNumber: n, changeKey: `audit:${audit.id}`, data: { by: ctx.user.name }, at: ctx.now, audience: { userIds: [userId] } });
      }
    }
    publish(dossierScopes(changed.map((c) => c.n)));
    return { count: changed.length };
  });
}

export const takeDossier = ({ ctx, input }: { ctx: Ctx; input: z.output<typeof takeInput> }) => assign(ctx, [input.demandNumber], ctx.user.id);
export const assignDossiers = ({ ctx, input }: { ctx: Ctx; input: z.output<typeof assignInput> }) => assign(ctx, input.demandNumbers, input.userId);

/** The people a dossier can be given to. */
export const assignees = (db: Ctx["db"]) => db.select({ id: users.id, name: users.name }).from(users).where(eq(users.active, true)).orderBy(users.name);
