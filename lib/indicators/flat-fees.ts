import "server-only";
// The flat fee a reseller is billed for each closed repair of one flow type (/admin/delais): one per pair,
// set again by saving the pair again; audited.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { flatFees } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { frReview } from "@/lib/i18n/fr-indicators";
import { parsePriceToCents } from "@/lib/money";

const t = frReview.fees;

export const flatFeeInput = z.object({
  resellerCode: z.string({ error: t.resellerRequired }).trim().min(1, t.resellerRequired).max(50, t.resellerRequired),
  flowType: z.string({ error: t.typeRequired }).trim().toUpperCase().min(1, t.typeRequired).max(20, t.typeRequired),
  amount: z
    .string({ error: t.amountInvalid })
    .max(20, t.amountInvalid)
    .transform((v, c) => {
      const cents = parsePriceToCents(v);
      if (cents === null) c.addIssue({ code: "custom", message: t.amountInvalid });
      return cents ?? 0;
    }),
});
export const flatFeeIdInput = z.object({ id: z.coerce.number().int().positive() });

export const listFlatFees = (db: Db) => db.select().from(flatFees).orderBy(asc(flatFees.resellerCode), asc(flatFees.flowType));

export async function saveFlatFee({ ctx, input }: { ctx: Ctx; input: z.output<typeof flatFeeInput> }) {
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(flatFees)
      .values({ resellerCode: input.resellerCode, flowType: input.flowType, cents: input.amount, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: [flatFees.resellerCode, flatFees.flowType], set: { cents: input.amount, updatedAt: ctx.now } });
    await recordAudit(tx, ctx, { action: "fees.save", summary: { ...input }, outcome: "ok" });
  });
  return { saved: true };
}

export async function deleteFlatFee({ ctx, input }: { ctx: Ctx; input: z.output<typeof flatFeeIdInput> }) {
  await ctx.db.transaction(async (tx) => {
    const gone = await tx.delete(flatFees).where(eq(flatFees.id, input.id)).returning({ id: flatFees.id });
    if (!gone.length) throw new ServiceError("not_found", t.unknown);
    await recordAudit(tx, ctx, { action: "fees.delete", summary: { ...input }, outcome: "ok" });
  });
  return { deleted: true };
}
