import "server-only";
// Receiving by scan, as at /reception: an order's number receives all its lines still due; an article's
// reference or EAN receives one unit of the oldest line waiting for it (one scan, one part in hand).
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { first } from "@/db";
import { partLines, partOrders, priceList } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { ServiceError } from "@/lib/errors";
import { frParts } from "@/lib/i18n/fr-parts";
import { dossierScopes, publish } from "@/lib/live/bus";
import { receiveUnits, settleOrders } from "./lines";

export interface Received {
  lineId: number;
  label: string;
  quantity: number;
  demandNumber: string | null;
  complete: boolean;
}

const DUE = ["to_order", "ordered"] as const;

export function receiveScan({ ctx, input }: { ctx: Ctx; input: { code: string } }) {
  const code = input.code.trim();
  return ctx.db.transaction(async (tx) => {
    const received: Received[] = [];
    const order = await first(tx.select().from(partOrders).where(eq(partOrders.number, code.toUpperCase())));
    if (order) {
      const due = await tx.select().from(partLines).where(and(eq(partLines.orderId, order.id), inArray(partLines.state, DUE))).orderBy(asc(partLines.id));
      for (const line of due) {
        const after = await receiveUnits(tx, ctx, line.id, line.quantity - line.receivedQuantity);
        received.push({ lineId: line.id, label: line.label, quantity: line.quantity - line.receivedQuantity, demandNumber: line.demandNumber, complete: after.state === "received" });
      }
      await settleOrders(tx, order.id);
    } else {
      const article = await first(tx.select({ id: priceList.id }).from(priceList).where(or(eq(priceList.reference, code), eq(priceList.ean, code))));
      const line = article
        ? await first(
            tx
              .select()
              .from(partLines)
              .where(and(eq(partLines.articleId, article.id), inArray(partLines.state, DUE)))
              .orderBy(sql`CASE WHEN ${partLines.state} = 'ordered' THEN 0 ELSE 1 END`, asc(partLines.id))
              .limit(1),
          )
        : undefined;
      if (line) {
        const after = await receiveUnits(tx, ctx, line.id, 1);
        await settleOrders(tx, line.orderId);
        received.push({ lineId: line.id, label: line.label, quantity: 1, demandNumber: line.demandNumber, complete: after.state === "received" });
      }
    }
    if (!received.length) throw new ServiceError("invalid", frParts.errors.unknownCode(code), { code: frParts.errors.unknownCode(code) });
    publish(["parts", ...dossierScopes(received.map((r) => r.demandNumber).filter((d): d is string => Boolean(d)))]);
    return { received };
  });
}
