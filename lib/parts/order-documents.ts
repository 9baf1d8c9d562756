import "server-only";
// An order as the supplier gets it: PDF on the centre's letterhead, or CSV for a spreadsheet or a portal.
import type { Db } from "@/db";
import { toCsv } from "@/lib/activity/csv";
import { ServiceError } from "@/lib/errors";
import { logoOf } from "@/lib/identity/logo";
import { readIdentity } from "@/lib/identity/store";
import { frParts } from "@/lib/i18n/fr-parts";
import { centsToWirePrice } from "@/lib/money";
import { renderBounded } from "@/lib/pdf/bounded";
import { orderWithLines } from "./queries";

async function orderOrFail(db: Db, orderId: number) {
  const found = await orderWithLines(db, orderId);
  if (!found) throw new ServiceError("not_found", frParts.errors.unknownOrder);
  return found;
}

export async function orderPdfFor(db: Db, orderId: number) {
  const { order, supplier, lines } = await orderOrFail(db, orderId);
  const identity = await readIdentity(db);
  const pdf = await renderBounded({ kind: "order", input: { identity, logo: await logoOf(db, identity), at: order.createdAt, number: order.number, supplier: supplier.name, lines: lines.map((l) => ({ reference: l.reference, label: l.label, quantity: l.quantity, demandNumber: l.demandNumber })) } });
  return { pdf, number: order.number };
}

export async function orderCsvFor(db: Db, orderId: number) {
  const { order, supplier, lines } = await orderOrFail(db, orderId);
  const csv = toCsv([...frParts.orders.csvHeader], lines.map((l) => [order.number, supplier.name, l.reference ?? "", l.label, String(l.quantity), l.demandNumber ?? "", l.purchaseCents === null ? "" : centsToWirePrice(l.purchaseCents)]));
  return { csv, number: order.number };
}
