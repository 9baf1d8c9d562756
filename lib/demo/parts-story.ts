import "server-only";
// Simulator mode only: the parts side of the demo story — a catalogue of 30 articles from 3 suppliers,
// the dossiers at CMDPART with their parts on orders (some partly received), fitted parts on dossiers past
// the repair, and the stock movements all that made. Every row is marked demo and wiped with the story.
import { eq } from "drizzle-orm";
import { first } from "@/db";
import { partLines, partOrderNumbers, partOrders, priceList, stockMovements, suppliers } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { parisYear } from "@/lib/format";
import { frDemo } from "@/lib/i18n/fr-demo";

const DAY = 86_400_000;

export async function wipeDemoParts(tx: Tx) {
  // The demo's suppliers stay: a part someone added in simulator mode may be ordered from one of them.
  for (const table of [stockMovements, partLines, partOrders, priceList]) await tx.delete(table).where(eq(table.demo, true));
}

type Person = { id: number; name: string };

/** Writes the demo's parts for the mirror's dossiers (number → status), in the story's transaction. */
export async function writeDemoParts(tx: Tx, dossierStatuses: Map<string, string>, people: { tech: Person; manager: Person }, now: Date) {
  const supplierIds: number[] = [];
  for (const s of frDemo.suppliers) {
    await tx.insert(suppliers).values({ ...s, demo: true }).onConflictDoNothing();
    supplierIds.push((await first(tx.select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.name, s.name))))!.id);
  }
  const articles: Array<{ id: number; label: string; reference: string; supplierId: number; stock: number }> = [];
  let k = 0;
  for (const brand of frDemo.brands) {
    for (const part of frDemo.parts) {
      const reference = `${brand.slice(0, 3).toUpperCase()}-${String(++k).padStart(3, "0")}`;
      const supplierId = supplierIds[k % supplierIds.length]!;
      const stock = k % 4 === 0 ? 0 : k % 5;
      const row = (await first(
        tx
          .insert(priceList)
          .values({ label: `${part} ${brand}`, unitPriceCents: 1500 + ((k * 700) % 12_000), brand, reference, ean: `370000${String(k).padStart(6, "0")}`, supplierId, purchaseCents: 800 + ((k * 400) % 7000), minStock: k % 3 === 0 ? 2 : 0, updatedAt: now, demo: true })
          .returning({ id: priceList.id, label: priceList.label }),
      ))!;
      articles.push({ id: row.id, label: row.label, reference, supplierId, stock });
    }
  }
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const move = async (articleId: number, delta: number, reason: "received" | "fitted" | "corrected", when: Date, by: Person, lineId: number | null = null, demandNumber: string | null = null) => {
    await tx.insert(stockMovements).values({ articleId, delta, reason, lineId, demandNumber, at: when, by: by.id, demo: true });
    const current = (await first(tx.select({ stock: priceList.stock }).from(priceList).where(eq(priceList.id, articleId))))!.stock;
    await tx.update(priceList).set({ stock: current + delta }).where(eq(priceList.id, articleId));
  };
  for (const a of articles) if (a.stock) await move(a.id, a.stock, "corrected", at(30), people.manager);

  // The dossiers waiting for parts: each line on its supplier's order; one order in two partly received.
  const waiting = [...dossierStatuses].filter(([, s]) => s === "CMDPART").map(([n]) => n);
  const bySupplier = new Map<number, Array<{ n: string; article: (typeof articles)[number]; quantity: number; daysAgo: number }>>();
  waiting.forEach((n, i) => {
    const article = articles[(i * 7) % articles.length]!;
    const list = bySupplier.get(article.supplierId) ?? [];
    list.push({ n, article, quantity: 1 + (i % 2), daysAgo: 1 + (i % 9) });
    bySupplier.set(article.supplierId, list);
  });
  const year = parisYear(now);
  let orderIndex = 0;
  for (const [supplierId, lines] of bySupplier) {
    const taken = (await first(tx.select({ last: partOrderNumbers.last }).from(partOrderNumbers).where(eq(partOrderNumbers.year, year))))?.last ?? 0;
    await tx.insert(partOrderNumbers).values({ year, last: taken + 1 }).onConflictDoUpdate({ target: partOrderNumbers.year, set: { last: taken + 1 } });
    const oldest = Math.max(...lines.map((l) => l.daysAgo));
    const order = (await first(tx.insert(partOrders).values({ number: `CMD-${year}-${String(taken + 1).padStart(4, "0")}`, supplierId, state: "sent", createdAt: at(oldest), createdBy: people.tech.id, sentAt: at(oldest), sentBy: people.manager.id, demo: true }).returning({ id: partOrders.id })))!;
    const partly = orderIndex++ % 2 === 0;
    for (const [j, l] of lines.entries()) {
      const received = partly && j % 2 === 0 ? l.quantity : 0;
      const line = (await first(
        tx
          .insert(partLines)
          .values({ demandNumber: l.n, articleId: l.article.id, label: l.article.label, reference: l.article.reference, quantity: l.quantity, receivedQuantity: received, supplierId, orderId: order.id, state: received ? "received" : "ordered", expectedAt: at(l.daysAgo - 3), createdAt: at(oldest), createdBy: people.tech.id, orderedAt: at(oldest), orderedBy: people.tech.id, receivedAt: received ? at(0) : null, receivedBy: received ? people.manager.id : null, demo: true })
          .returning({ id: partLines.id }),
      ))!;
      if (received) await move(l.article.id, received, "received", at(0), people.manager, line.id, l.n);
    }
  }

  // Dossiers past the repair: the part they had, fitted from the stock.
  const repaired = [...dossierStatuses].filter(([, s]) => s === "PRRE" || s === "REPPROG").map(([n]) => n).slice(0, 12);
  for (const [i, n] of repaired.entries()) {
    const article = articles[(i * 11 + 3) % articles.length]!;
    const line = (await first(
      tx
        .insert(partLines)
        .values({ demandNumber: n, articleId: article.id, label: article.label, reference: article.reference, quantity: 1, receivedQuantity: 1, supplierId: article.supplierId, state: "fitted", createdAt: at(6 + i), createdBy: people.tech.id, receivedAt: at(6 + i), receivedBy: people.tech.id, fittedAt: at(4 + (i % 3)), fittedBy: people.tech.id, demo: true })
        .returning({ id: partLines.id }),
    ))!;
    await move(article.id, 1, "received", at(6 + i), people.tech, line.id, n);
    await move(article.id, -1, "fitted", at(4 + (i % 3)), people.tech, line.id, n);
  }
  return { articles: articles.length, waiting: waiting.length, orders: bySupplier.size, fitted: repaired.length };
}
