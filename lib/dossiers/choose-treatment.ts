import "server-only";
// After an RDE whose treatment the platform did not make readable, a technician says what happens to the
// product. Kept in Atelier only: the platform has no route for it.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "@/db";
import { dossiers } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";

export const chooseTreatmentInput = z.object({ demandNumber: z.string().min(1).max(50), treatment: z.enum(["RETURN", "DESTRUCT"]) });

export function chooseTreatment({ ctx, input }: { ctx: Ctx; input: z.output<typeof chooseTreatmentInput> }) {
  return ctx.db.transaction(async (tx) => {
    const row = await first(tx.update(dossiers).set({ chosenTreatment: input.treatment }).where(eq(dossiers.demandNumber, input.demandNumber)).returning({ n: dossiers.demandNumber }));
    if (!row) throw new ServiceError("not_found", fr.dossier.notFound);
    await recordAudit(tx, ctx, { dossierNumber: input.demandNumber, action: "dossier.treatment", summary: { treatment: input.treatment }, outcome: "ok" });
    return { demandNumber: row.n, treatment: input.treatment };
  });
}
