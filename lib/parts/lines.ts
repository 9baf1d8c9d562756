import "server-only";
// A part's life: needed (à commander), ordered, received (perhaps in several deliveries), fitted; or
// cancelled, or sent back. Each step is one conditional UPDATE, so two people acting on the same line at
// once count once: the second finds the line already moved and gets a field error.
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { first } from "@/db";
import { dossiers, partLines, partOrders, priceList, suppliers, type PartLineRow } from "@/db/schema";
import type { Ctx, Tx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { frParts } from "@/lib/i18n/fr-parts";
import { dossierScopes, publish } from "@/lib/live/bus";
import { produceEvent } from "@/lib/notifications/produce";
import type { AddPart } from "./inputs";
import { moveStock } from "./stock";

const e = frParts.errors;
const by = (ctx: Ctx) => (ctx.user.id > 0 ? ctx.user.id : null);
const invalid = (field: string, message: string) => new ServiceError("invalid", message, { [field]: message });

export const DAY_MS = 86_400_000;

/** Units of an article on the shelf already promised to a dossier: received, not yet fitted. */
export async function reservedUnits(tx: Tx, articleId: number): Promise<number> {
  const row = await first(tx.select({ n: sql<number>`coalesce(sum(${partLines.quantity}), 0)` }).from(partLines).where(and(eq(partLines.articleId, articleId), eq(partLines.state, "received"))));
  return Number(row?.n ?? 0);
}

function changed(numbers: Array<string | null>) {
  publish(["parts", ...dossierScopes(numbers.filter((n): n is string => Boolean(n)))]);
}

export function addPart({ ctx, input }: { ctx: Ctx; input: AddPart }) {
  return ctx.db.transaction(async (tx) => {
    if (input.demandNumber && !(await first(tx.select({ n: dossiers.demandNumber }).from(dossiers).where(eq(dossiers.demandNumber, input.demandNumber))))) {
      throw new ServiceError("not_found", e.unknownDossier);
    }
    const article = input.article ? await first(tx.select().from(priceList).where(or(eq(priceList.reference, input.article), eq(priceList.ean, input.article)))) : null;
    if (input.article && !article) throw invalid("article", e.unknownArticle);
    const label = input.label || article?.label || "";
    if (!label) throw invalid("label", e.label);
    const supplierId = input.supplierId ?? article?.supplierId ?? null;
    if (supplierId !== null && !(await first(tx.select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.id, supplierId))))) throw invalid("supplierId", e.unknownSupplier);
    if (input.fromStock) {
      if (!article) throw invalid("article", e.unknownArticle);
      const available = article.stock - (await reservedUnits(tx, article.id));
      if (available < input.quantity) throw invalid("quantity", e.noStock(Math.max(0, available)));
    }
    const row = (await first(
      tx
        .insert(partLines)
        .values({
          demandNumber: input.demandNumber,
          articleId: article?.id ?? null,
          label,
          reference: article?.reference ?? null,
          quantity: input.quantity,
          supplierId,
          state: input.fromStock ? "received" : "to_order",
          receivedQuantity: input.fromStock ? input.quantity : 0,
          receivedAt: input.fromStock ? ctx.now : null,
          receivedBy: input.fromStock ? by(ctx) : null,
          createdAt: ctx.now,
          createdBy: by(ctx),
        })
        .returning(),
    ))!;
    await recordAudit(tx, ctx, { dossierNumber: input.demandNumber, action: "parts.add", summary: { lineId: row.id, label, quantity: input.quantity, fromStock: input.fromStock }, outcome: "ok" });
    changed([input.demandNumber]);
    return { lineId: row.id };
  });
}

async function lineOrFail(tx: Tx, lineId: number): Promise<PartLineRow> {
  const line = await first(tx.select().from(partLines).where(eq(partLines.id, lineId)));
  if (!line) throw new ServiceError("not_found", e.unknownLine);
  return line;
}

/** Receives `quantity` units of a line, inside the caller's transaction; the line as it is after. */
export async function receiveUnits(tx: Tx, ctx: Ctx, lineId: number, quantity: number): Promise<PartLineRow> {
  const updated = await first(
    tx
      .update(partLines)
      .set({
        receivedQuantity: sql`${partLines.receivedQuantity} + ${quantity}`,
        state: sql`CASE WHEN ${partLines.receivedQuantity} + ${quantity} = ${partLines.quantity} THEN 'received' ELSE 'ordered' END`,
        receivedAt: ctx.now,
        receivedBy: by(ctx),
      })
      .where(and(eq(partLines.id, lineId), inArray(partLines.state, ["to_order", "ordered"]), sql`${partLines.receivedQuantity} + ${quantity} <= ${partLines.quantity}`))
      .returning(),
  );
  if (!updated) {
    const line = await lineOrFail(tx, lineId);
    if (line.state === "to_order" || line.state === "ordered") throw invalid("quantity", e.tooMany(line.quantity - line.receivedQuantity));
    throw invalid("quantity", line.state === "received" ? e.tooMany(0) : e.notOrdered);
  }
  if (updated.articleId !== null) await moveStock(tx, ctx, { articleId: updated.articleId, delta: quantity, reason: "received", lineId, demandNumber: updated.demandNumber });
  if (updated.state === "received" && updated.demandNumber) {
    const dossier = await first(tx.select({ assignedTo: dossiers.assignedTo }).from(dossiers).where(eq(dossiers.demandNumber, updated.demandNumber)));
    await produceEvent(tx, {
      type: "part_received",
      demandNumber: updated.demandNumber,
      changeKey: `part:${lineId}:received`,
      data: { lineId, label: updated.label, quantity: updated.quantity },
      at: ctx.now,
      audience: dossier?.assignedTo ? { userIds: [dossier.assignedTo], managers: true } : { all: true },
    });
  }
  await recordAudit(tx, ctx, { dossierNumber: updated.demandNumber, action: "parts.receive", summary: { lineId, quantity, received: updated.receivedQuantity, of: updated.quantity }, outcome: "ok" });
  return updated;
}

export function receivePart({ ctx, input }: { ctx: Ctx; input: { lineId: number; quantity: number } }) {
  return ctx.db.transaction(async (tx) => {
    const line = await receiveUnits(tx, ctx, input.lineId, input.quantity);
    await settleOrders(tx, line.orderId);
    changed([line.demandNumber]);
    return { lineId: line.id, state: line.state, received: line.receivedQuantity, demandNumber: line.demandNumber };
  });
}

/** An order whose lines are all in is received. */
export async function settleOrders(tx: Tx, orderId: number | null) {
  if (orderId === null) return;
  const open = await first(tx.select({ id: partLines.id }).from(partLines).where(and(eq(partLines.orderId, orderId), inArray(partLines.state, ["to_order", "ordered"]))));
  if (!open) await tx.update(partOrders).set({ state: "received" }).where(eq(partOrders.id, orderId));
}

type Step = { action: string; from: PartLineRow["state"][]; to: PartLineRow["state"]; refusal: string; stock?: "fitted" | "returned" };
const STEPS = {
  fit: { action: "parts.fit", from: ["received"], to: "fitted", refusal: e.notReceived, stock: "fitted" },
  cancel: { action: "parts.cancel", from: ["to_order", "ordered"], to: "cancelled", refusal: e.notCancellable },
  giveBack: { action: "parts.return", from: ["received"], to: "returned", refusal: e.notReturnable, stock: "returned" },
} satisfies Record<string, Step>;

/** Fits, cancels or sends back a line: the step only from the states it comes from, once. */
export function stepPart(step: keyof typeof STEPS) {
  const s: Step = STEPS[step];
  return ({ ctx, input }: { ctx: Ctx; input: { lineId: number } }) =>
    ctx.db.transaction(async (tx) => {
      const stamp = s.to === "fitted" ? { fittedAt: ctx.now, fittedBy: by(ctx) } : { closedAt: ctx.now, closedBy: by(ctx) };
      const line = await first(tx.update(partLines).set({ state: s.to, ...stamp }).where(and(eq(partLines.id, input.lineId), inArray(partLines.state, s.from))).returning());
      if (!line) {
        await lineOrFail(tx, input.lineId);
        throw new ServiceError("conflict", s.refusal, { lineId: s.refusal });
      }
      if (s.stock && line.articleId !== null) await moveStock(tx, ctx, { articleId: line.articleId, delta: -line.quantity, reason: s.stock, lineId: line.id, demandNumber: line.demandNumber });
      if (s.to === "cancelled") await settleOrders(tx, line.orderId);
      await recordAudit(tx, ctx, { dossierNumber: line.demandNumber, action: s.action, summary: { lineId: line.id, label: line.label, quantity: line.quantity }, outcome: "ok" });
      changed([line.demandNumber]);
      return { lineId: line.id, state: line.state };
    });
}
