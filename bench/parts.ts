// Parts at scale: a catalogue of 10,000 articles from 3 suppliers and, for one dossier in five, one to three
// part lines in every state, so that /pieces and a dossier page with its parts are rendered over real volumes.
import { sql } from "drizzle-orm";
import { execute, usesPostgres } from "@/db";
import { dossiers, partLines, priceList, suppliers } from "@/db/schema";
import { PART_STATES } from "@/db/schema/parts";
import { openBench } from "./database";
import type { AppServer } from "./server";
import { sample } from "./stats";

export const ARTICLES = 10_000;

export async function generateParts(target: string) {
  const { db, close } = await openBench(target);
  const supplierIds = (await db.insert(suppliers).values([1, 2, 3].map((i) => ({ name: `Fournisseur banc ${i}`, leadDays: i + 1 }))).returning({ id: suppliers.id })).map((s) => s.id);
  const now = Date.now();
  for (let start = 0; start < ARTICLES; start += 500) {
    await db.insert(priceList).values(
      Array.from({ length: 500 }, (_, k) => {
        const i = start + k;
        return { label: `Pièce banc ${i}`, unitPriceCents: 1000 + i, reference: `BANC-${i}`, ean: String(3_700_000_000_000 + i), supplierId: supplierIds[i % 3]!, purchaseCents: 500 + i, stock: i % 7, minStock: i % 11 === 0 ? 8 : 0, updatedAt: new Date(now) };
      }),
    );
  }
  const numbers = (await db.select({ n: dossiers.demandNumber }).from(dossiers)).map((d) => d.n).filter((_, i) => i % 5 === 0);
  let line = 0;
  for (let start = 0; start < numbers.length; start += 200) {
    const rows = numbers.slice(start, start + 200).flatMap((n, k) =>
      Array.from({ length: 1 + ((start + k) % 3) }, () => {
        const i = line++;
        const state = PART_STATES[i % PART_STATES.length]!;
        const at = new Date(now - (i % 60) * 86_400_000);
        return { demandNumber: n, articleId: 1 + (i % ARTICLES), label: `Pièce banc ${i % ARTICLES}`, reference: `BANC-${i % ARTICLES}`, quantity: 1, receivedQuantity: state === "to_order" || state === "ordered" ? 0 : 1, supplierId: supplierIds[i % 3]!, state, createdAt: at, orderedAt: state === "to_order" ? null : at, receivedAt: state === "received" || state === "fitted" ? at : null };
      }),
    );
    await db.insert(partLines).values(rows);
  }
  if (usesPostgres()) await execute(db, sql`ANALYZE`);
  await close();
  return { lines: line, dossiers: numbers };
}

/** /pieces, and dossier pages that have parts, over HTTP, signed in. */
export async function renderParts(server: AppServer, withParts: string[]) {
  for (let i = 0; i < 5; i++) await server.get("/pieces"); // warm-up
  const waiting = await sample(60, () => server.get("/pieces"));
  const dossier = await sample(60, (i) => server.get(`/dossiers/${withParts[(i * 37) % withParts.length]}`));
  return { waiting, dossier };
}
