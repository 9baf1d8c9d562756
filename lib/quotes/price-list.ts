import "server-only";
// The centre's price list: kept by managers, imported and exported as CSV for a French spreadsheet.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { first, type Db } from "@/db";
import { priceList } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { toCsv } from "@/lib/activity/csv";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { centsToWirePrice, parsePriceToCents } from "@/lib/money";

const price = z.string().refine((p) => parsePriceToCents(p) !== null, fr.quote.priceInvalid);
export const priceEntryInput = z.object({
  label: z.string().trim().min(1, fr.quote.labelRequired).max(200),
  price,
  brand: z.string().trim().max(80),
});
export const priceIdInput = z.object({ id: z.coerce.number().int().positive() });
export const priceImportInput = z.object({ csv: z.string().max(500_000) });

export const listPrices = (db: Db) => db.select().from(priceList).orderBy(asc(priceList.label)).then((rows) => rows);

export function addPrice({ ctx, input }: { ctx: Ctx; input: z.output<typeof priceEntryInput> }) {
  return ctx.db.transaction(async (tx) => {
    const row = (await first(tx.insert(priceList).values({ label: input.label, unitPriceCents: parsePriceToCents(input.price)!, brand: input.brand || null, updatedAt: ctx.now }).returning()))!;
    await recordAudit(tx, ctx, { action: "prices.add", summary: { label: row.label, unitPriceCents: row.unitPriceCents }, outcome: "ok" });
    return { id: row.id };
  });
}

export function deletePrice({ ctx, input }: { ctx: Ctx; input: z.output<typeof priceIdInput> }) {
  return ctx.db.transaction(async (tx) => {
    const row = await first(tx.delete(priceList).where(eq(priceList.id, input.id)).returning());
    if (!row) throw new ServiceError("not_found", fr.prices.notFound);
    await recordAudit(tx, ctx, { action: "prices.delete", summary: { label: row.label }, outcome: "ok" });
    return { id: row.id };
  });
}

/** Rows of ";"-separated cells, with quoted cells ("a;b", doubled "") as a spreadsheet writes them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ";") endCell();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else cell += c;
  }
  if (cell || row.length) endRow();
  return rows.filter((r) => r.some((c) => c.trim()));
}

/** "Libellé;Prix HT;Marque" lines (a header line is skipped); the list is replaced only if every line reads. */
export async function importPrices({ ctx, input }: { ctx: Ctx; input: z.output<typeof priceImportInput> }) {
  const rows: Array<{ label: string; cents: number; brand: string | null }> = [];
  parseCsv(input.csv.replace(/^\uFEFF/, "")).forEach((cells, i) => {
    // The apostrophe the export puts before formula-like text is not part of the label.
    const [label = "", priceText = "", brand = ""] = cells.map((c) => c.trim().replace(/^'(?=[=+\-@\t\r])/, ""));
    const cents = parsePriceToCents(priceText);
    if (i === 0 && cents === null) return; // the header
    if (!label || cents === null) throw new ServiceError("invalid", fr.prices.badLine(i + 1), { csv: fr.prices.badLine(i + 1) });
    rows.push({ label: label.slice(0, 200), cents, brand: brand.slice(0, 80) || null });
  });
  return ctx.db.transaction(async (tx) => {
    await tx.delete(priceList);
    if (rows.length) await tx.insert(priceList).values(rows.map((r) => ({ label: r.label, unitPriceCents: r.cents, brand: r.brand, updatedAt: ctx.now })));
    await recordAudit(tx, ctx, { action: "prices.import", summary: { lines: rows.length }, outcome: "ok" });
    return { count: rows.length };
  });
}

export async function pricesCsv(db: Db): Promise<string> {
  return toCsv([...fr.prices.csvHeader], (await listPrices(db)).map((p) => [p.label, centsToWirePrice(p.unitPriceCents), p.brand ?? ""]));
}
