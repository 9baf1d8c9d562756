import "server-only";
// The accessories received with a product: written by the technician at reception, printed on the repair
// ticket, audited. A local fact: never sent to the platform, never touched by the sync.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "@/db";
import { dossiers } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";

export const accessoriesInput = z.object({
  demandNumber: z.string().min(1).max(50),
  accessories: z.string().trim().max(500, fr.reception.accessoriesTooLong),
});

export function saveAccessories({ ctx, input }: { ctx: Ctx; input: z.output<typeof accessoriesInput> }) {
  return ctx.db.transaction(async (tx) => {
    const value = input.accessories || null;
    const changed = await first(tx.update(dossiers).set({ accessories: value }).where(eq(dossiers.demandNumber, input.demandNumber)).returning({ n: dossiers.demandNumber }));
    if (!changed) throw new ServiceError("not_found", fr.dossier.notFound);
    await recordAudit(tx, ctx, { dossierNumber: changed.n, action: "dossier.accessories", summary: { accessories: value }, outcome: "ok" });
    return { accessories: value };
  });
}
