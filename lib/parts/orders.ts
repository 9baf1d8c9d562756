import "server-only";
// Supplier orders: a supplier's lines to order become one order with a number gap-free per year
// (CMD-2026-0001), taken in the order's own transaction; marked sent by hand once it left.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { first } from "@/db";
import { partLines, partOrderNumbers, partOrders, suppliers } from "@/db/schema";
import type { Ctx, Tx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { frParts } from "@/lib/i18n/fr-parts";
import { dossierScopes, publish } from "@/lib/live/bus";
import { parisYear } from "@/lib/format";
import { DAY_MS } from "./lines";

const e = frParts.errors;

export const orderNumber = (year: number, n: number) => `CMD-${year}-${String(n).padStart(4, "0")}`;

/** The next number of the year, taken only if it follows the last one: a concurrent taker makes this one retry. */
async function takeOrderNumber(tx: Tx, year: number): Promise<number | null> {
  const last = (await first(tx.select({ last: partOrderNumbers.last }).from(partOrderNumbers).where(eq(partOrderNumbers.year, year))))?.last ?? 0;
  const taken = await tx
    .insert(partOrderNumbers)
    .values({ year, last: last + 1 })
    .onConflictDoUpdate({ target: partOrderNumbers.year, set: { last: last + 1 }, setWhere: eq(partOrderNumbers.last, last) })
    .returning({ last: partOrderNumbers.last });
  return taken.length ? last + 1 : null;
}

class Retry extends Error {}

export async function createOrder({ ctx, input }: { ctx: Ctx; input: { supplierId: number } }) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await createOrderOnce(ctx, input.supplierId);
    } catch (error) {
      if (!(error instanceof Retry) || attempt >= 20) throw error;
    }
  }
}

function createOrderOnce(ctx: Ctx, supplierId: number) {
  return ctx.db.transaction(async (tx) => {
    const supplier = await first(tx.select().from(suppliers).where(eq(suppliers.id, supplierId)));
    if (!supplier) throw new ServiceError("not_found", e.unknownSupplier);
    const pending = await tx.select({ id: partLines.id, demandNumber: partLines.demandNumber }).from(partLines).where(and(eq(partLines.supplierId, supplierId), eq(partLines.state, "to_order"), isNull(partLines.orderId))).orderBy(asc(partLines.id));
    if (!pending.length) throw new ServiceError("conflict", e.nothingToOrder);
    const year = parisYear(ctx.now);
    const n = await takeOrderNumber(tx, year);
    if (n === null) throw new Retry();
    const number = orderNumber(year, n);
    const order = (await first(tx.insert(partOrders).values({ number, supplierId, createdAt: ctx.now, createdBy: ctx.user.id > 0 ? ctx.user.id : null }).returning()))!;
    const moved = await tx
      .update(partLines)
      .set({ orderId: order.id, state: "ordered", orderedAt: ctx.now, orderedBy: ctx.user.id > 0 ? ctx.user.id : null, expectedAt: new Date(ctx.now.getTime() + supplier.leadDays * DAY_MS) })
      .where(and(eq(partLines.supplierId, supplierId), eq(partLines.state, "to_order"), isNull(partLines.orderId), inArray(partLines.id, pending.map((p) => p.id))))
      .returning({ id: partLines.id });
    // A line cancelled or ordered by someone else meanwhile is not in this order; none left: nothing to order.
    if (!moved.length) throw new ServiceError("conflict", e.nothingToOrder);
    await recordAudit(tx, ctx, { action: "parts.order", summary: { number, supplier: supplier.name, lines: moved.length }, outcome: "ok" });
    publish(["parts", ...dossierScopes(pending.map((p) => p.demandNumber).filter((d): d is string => Boolean(d)))]);
    const movedIds = new Set(moved.map((m) => m.id));
    return { orderId: order.id, number, lines: moved.length, dossiers: [...new Set(pending.filter((p) => movedIds.has(p.id)).map((p) => p.demandNumber).filter((d): d is string => Boolean(d)))] };
  });
}

export function markOrderSent({ ctx, input }: { ctx: Ctx; input: { orderId: number } }) {
  return ctx.db.transaction(async (tx) => {
    const order = await first(tx.update(partOrders).set({ state: "sent", sentAt: ctx.now, sentBy: ctx.user.id > 0 ? ctx.user.id : null }).where(and(eq(partOrders.id, input.orderId), eq(partOrders.state, "open"))).returning());
    if (!order) {
      const exists = await first(tx.select({ id: partOrders.id }).from(partOrders).where(eq(partOrders.id, input.orderId)));
      throw new ServiceError(exists ? "conflict" : "not_found", exists ? e.alreadySent : e.unknownOrder);
    }
    await recordAudit(tx, ctx, { action: "parts.order_sent", summary: { number: order.number }, outcome: "ok" });
    publish(["parts"]);
    return { number: order.number };
  });
}
