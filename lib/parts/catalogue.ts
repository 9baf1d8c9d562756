import "server-only";
// The catalogue's side that parts need: suppliers, and the stock corrected by hand (an inventory count).
import { eq } from "drizzle-orm";
import { first } from "@/db";
import { priceList, suppliers } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { frParts } from "@/lib/i18n/fr-parts";
import { publish } from "@/lib/live/bus";
import { moveStock } from "./stock";

const e = frParts.errors;

export function addSupplier({ ctx, input }: { ctx: Ctx; input: { name: string; email: string; leadDays: number } }) {
  return ctx.db.transaction(async (tx) => {
    if (await first(tx.select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.name, input.name)))) throw new ServiceError("invalid", e.supplierTaken, { name: e.supplierTaken });
    const row = (await first(tx.insert(suppliers).values({ name: input.name, email: input.email || null, leadDays: input.leadDays }).returning()))!;
    await recordAudit(tx, ctx, { action: "parts.supplier_add", summary: { name: row.name, leadDays: row.leadDays }, outcome: "ok" });
    return { id: row.id };
  });
}

export function correctStock({ ctx, input }: { ctx: Ctx; input: { articleId: number; delta: number } }) {
  return ctx.db.transaction(async (tx) => {
    const article = await first(tx.select().from(priceList).where(eq(priceList.id, input.articleId)));
    if (!article) throw new ServiceError("not_found", e.unknownArticle);
    if (article.stock + input.delta < 0) throw new ServiceError("invalid", e.stockValue, { delta: e.stockValue });
    const after = (await moveStock(tx, ctx, { articleId: article.id, delta: input.delta, reason: "corrected" }))!;
    await recordAudit(tx, ctx, { action: "parts.stock_correct", summary: { articleId: article.id, label: article.label, delta: input.delta, stock: after.stock }, outcome: "ok" });
    publish(["parts"]);
    return { stock: after.stock };
  });
}
