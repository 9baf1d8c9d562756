import "server-only";
// Stock on hand moves only here, with its movement row, in the caller's transaction: a receipt raises it, a
// part fitted or sent back lowers it, a manager corrects it. Falling under the minimum tells the managers.
import { eq, sql } from "drizzle-orm";
import { first } from "@/db";
import { priceList, stockMovements, type StockReason } from "@/db/schema";
import type { Ctx, Tx } from "@/lib/context";
import { produceEvent } from "@/lib/notifications/produce";

export interface Movement {
  articleId: number;
  delta: number;
  reason: StockReason;
  lineId?: number | null;
  demandNumber?: string | null;
}

export async function moveStock(tx: Tx, ctx: Pick<Ctx, "user" | "now">, m: Movement) {
  const article = await first(
    tx
      .update(priceList)
      .set({ stock: sql`${priceList.stock} + ${m.delta}` })
      .where(eq(priceList.id, m.articleId))
      .returning({ stock: priceList.stock, minStock: priceList.minStock, label: priceList.label }),
  );
  if (!article) return null;
  const movement = (await first(
    tx
      .insert(stockMovements)
      .values({ articleId: m.articleId, delta: m.delta, reason: m.reason, lineId: m.lineId ?? null, demandNumber: m.demandNumber ?? null, at: ctx.now, by: ctx.user.id > 0 ? ctx.user.id : null })
      .returning({ id: stockMovements.id }),
  ))!;
  const before = article.stock - m.delta;
  if (m.delta < 0 && article.minStock > 0 && article.stock < article.minStock && before >= article.minStock) {
    await produceEvent(tx, {
      type: "stock_low",
      demandNumber: null,
      changeKey: `stock:${movement.id}`,
      data: { articleId: m.articleId, label: article.label, stock: article.stock, minStock: article.minStock },
      at: ctx.now,
      audience: { userIds: [], managers: true },
    });
  }
  return article;
}
