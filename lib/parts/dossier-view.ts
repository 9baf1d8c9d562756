import "server-only";
// What the dossier page shows of its parts: each line with its steps in words, and what the form offers.
import type { Db } from "@/db";
import { formatDate, formatDateTime } from "@/lib/format";
import { frParts } from "@/lib/i18n/fr-parts";
import { dossierParts, listSuppliers, type PartView } from "./queries";

function steps(l: PartView): string[] {
  const s = frParts.states;
  const step = (state: string, who: string | undefined, at: Date | null) => (at ? [frParts.dossier.step(s[state]!, who ?? "—", formatDateTime(at))] : []);
  return [...step("to_order", l.who.created, l.createdAt), ...step("ordered", l.who.ordered, l.orderedAt), ...step("received", l.who.received, l.receivedAt), ...step("fitted", l.who.fitted, l.fittedAt), ...step(l.state, l.who.closed, l.closedAt)];
}

export async function dossierPartsView(db: Db, demandNumber: string) {
  const lines = await dossierParts(db, demandNumber);
  return lines.map((l) => ({
    id: l.id,
    label: l.label,
    reference: l.reference,
    quantity: l.quantity,
    receivedQuantity: l.receivedQuantity,
    state: l.state,
    supplierName: l.supplierName,
    orderNumber: l.orderNumber,
    expected: l.expectedAt ? formatDate(l.expectedAt) : null,
    steps: steps(l),
  }));
}

/** The suppliers, for the form (an article is typed or scanned by its reference or EAN). */
export async function partChoices(db: Db) {
  return { suppliers: (await listSuppliers(db)).map((s) => ({ id: s.id, name: s.name })) };
}
