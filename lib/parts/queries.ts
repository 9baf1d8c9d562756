import "server-only";
// What the parts pages read: a dossier's lines, what waits (oldest first), what to order by supplier,
// the orders, the articles under their minimum. Bounded lists, on indexed columns.
import { and, asc, desc, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import { first, type Db } from "@/db";
import { partLines, partOrders, priceList, stockMovements, suppliers, users, type PartLineRow } from "@/db/schema";

const DUE = ["to_order", "ordered"] as const;

async function names(db: Db, ids: Array<number | null>): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (!wanted.length) return new Map();
  return new Map((await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted))).map((u) => [u.id, u.name]));
}

export const listSuppliers = (db: Db) => db.select().from(suppliers).orderBy(asc(suppliers.name)).then((r) => r);

export interface PartView extends PartLineRow {
  supplierName: string | null;
  orderNumber: string | null;
  who: Partial<Record<"created" | "ordered" | "received" | "fitted" | "closed", string>>;
}

async function views(db: Db, lines: PartLineRow[]): Promise<PartView[]> {
  const people = await names(db, lines.flatMap((l) => [l.createdBy, l.orderedBy, l.receivedBy, l.fittedBy, l.closedBy]));
  const supplierNames = new Map((await listSuppliers(db)).map((s) => [s.id, s.name]));
  const orderIds = [...new Set(lines.map((l) => l.orderId).filter((i): i is number => i !== null))];
  const orderNumbers = new Map(orderIds.length ? (await db.select({ id: partOrders.id, number: partOrders.number }).from(partOrders).where(inArray(partOrders.id, orderIds))).map((o) => [o.id, o.number]) : []);
  const who = (id: number | null) => (id === null ? undefined : people.get(id));
  return lines.map((l) => ({
    ...l,
    supplierName: l.supplierId === null ? null : (supplierNames.get(l.supplierId) ?? null),
    orderNumber: l.orderId === null ? null : (orderNumbers.get(l.orderId) ?? null),
    who: { created: who(l.createdBy), ordered: who(l.orderedBy), received: who(l.receivedBy), fitted: who(l.fittedBy), closed: who(l.closedBy) },
  }));
}

export async function dossierParts(db: Db, demandNumber: string): Promise<PartView[]> {
  return views(db, await db.select().from(partLines).where(eq(partLines.demandNumber, demandNumber)).orderBy(asc(partLines.id)));
}

/** Lines still due, oldest first: what the centre waits for, and for how many days. */
export async function waitingParts(db: Db, now = new Date(), limit = 100): Promise<Array<PartView & { waitedDays: number }>> {
  const lines = await views(db, await db.select().from(partLines).where(inArray(partLines.state, DUE)).orderBy(asc(partLines.createdAt), asc(partLines.id)).limit(limit));
  return lines.map((l) => ({ ...l, waitedDays: Math.floor((now.getTime() - l.createdAt.getTime()) / 86_400_000) }));
}

export async function waitingBySupplier(db: Db) {
  const rows = await db
    .select({ supplierId: partLines.supplierId, lines: sql<number>`count(*)`, oldest: sql<number>`min(${partLines.createdAt})` })
    .from(partLines)
    .where(inArray(partLines.state, DUE))
    .groupBy(partLines.supplierId);
  const supplierNames = new Map((await listSuppliers(db)).map((s) => [s.id, s.name]));
  return rows.map((r) => ({ supplierId: r.supplierId, name: r.supplierId === null ? null : (supplierNames.get(r.supplierId) ?? null), lines: Number(r.lines), oldest: new Date(Number(r.oldest)) }));
}

/** Lines to order not yet on an order, by supplier (null: none chosen). */
export async function toOrder(db: Db): Promise<PartView[]> {
  return views(db, await db.select().from(partLines).where(and(eq(partLines.state, "to_order"), isNull(partLines.orderId))).orderBy(asc(partLines.supplierId), asc(partLines.id)).limit(1000));
}

export async function listOrders(db: Db, limit = 100) {
  const orders = await db.select().from(partOrders).orderBy(desc(partOrders.id)).limit(limit);
  if (!orders.length) return [];
  const counts = new Map(
    (await db.select({ orderId: partLines.orderId, n: sql<number>`count(*)` }).from(partLines).where(inArray(partLines.orderId, orders.map((o) => o.id))).groupBy(partLines.orderId)).map((c) => [c.orderId, Number(c.n)]),
  );
  const supplierNames = new Map((await listSuppliers(db)).map((s) => [s.id, s.name]));
  return orders.map((o) => ({ ...o, supplierName: supplierNames.get(o.supplierId) ?? "", lines: counts.get(o.id) ?? 0 }));
}

export async function orderWithLines(db: Db, orderId: number) {
  const order = await first(db.select().from(partOrders).where(eq(partOrders.id, orderId)));
  if (!order) return null;
  const supplier = (await first(db.select().from(suppliers).where(eq(suppliers.id, order.supplierId))))!;
  const lines = await db
    .select({ line: partLines, purchaseCents: priceList.purchaseCents })
    .from(partLines)
    .leftJoin(priceList, eq(priceList.id, partLines.articleId))
    .where(eq(partLines.orderId, orderId))
    .orderBy(asc(partLines.id));
  return { order, supplier, lines: lines.map((l) => ({ ...l.line, purchaseCents: l.purchaseCents })) };
}

export const underMinimum = (db: Db) =>
  db
    .select()
    .from(priceList)
    .where(and(gt(priceList.minStock, 0), lt(priceList.stock, priceList.minStock)))
    .orderBy(asc(priceList.label))
    .limit(200)
    .then((r) => r);

export async function articleWithMovements(db: Db, articleId: number) {
  const article = await first(db.select().from(priceList).where(eq(priceList.id, articleId)));
  return article ? { article, movements: await movementsOf(db, articleId) } : null;
}

export async function movementsOf(db: Db, articleId: number, limit = 100) {
  const rows = await db.select().from(stockMovements).where(eq(stockMovements.articleId, articleId)).orderBy(desc(stockMovements.at), desc(stockMovements.id)).limit(limit);
  const people = await names(db, rows.map((r) => r.by));
  return rows.map((r) => ({ ...r, byName: r.by === null ? null : (people.get(r.by) ?? null) }));
}
