import "server-only";
// The centre's catalogue: services and parts with their sale prices, kept by managers, imported and
// exported as CSV for a French spreadsheet. For parts also their reference, supplier, purchase price, VAT
// and stock: a stock given by the file moves through lib/parts/stock.ts, traced as a correction.
import { asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { first, type Db } from "@/db";
import { priceList, suppliers } from "@/db/schema";
import type { Ctx, Tx } from "@/lib/context";
import { toCsv } from "@/lib/activity/csv";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { frPrices } from "@/lib/i18n/fr-admin";
import { frParts } from "@/lib/i18n/fr-parts";
import { centsToWirePrice, parsePriceToCents } from "@/lib/money";
import { moveStock } from "./stock";

const price = z.string().refine((p) => parsePriceToCents(p) !== null, fr.quote.priceInvalid);
const optionalPrice = z.string().trim().default("").refine((p) => p === "" || parsePriceToCents(p) !== null, fr.quote.priceInvalid);
const optionalCount = z.union([z.string(), z.number()]).default("").transform((v, c) => {
  if (String(v).trim() === "") return 0;
  const n = Number(String(v).trim());
  if (!Number.isSafeInteger(n) || n < 0 || n > 99_999 || !/^\d+$/.test(String(v).trim())) {
    c.addIssue({ code: "custom", message: frParts.errors.stockValue });
    return z.NEVER;
  }
  return n;
});
export const priceEntryInput = z.object({
  label: z.string().trim().min(1, fr.quote.labelRequired).max(200),
  price,
  brand: z.string().trim().max(80),
  reference: z.string().trim().max(80).default(""),
  ean: z.string().trim().max(40).default(""),
  supplierId: z.union([z.string(), z.number()]).default("").transform((v) => (String(v).trim() === "" ? null : Number(v))).refine((v) => v === null || (Number.isSafeInteger(v) && v > 0), frParts.errors.unknownSupplier),
  purchase: optionalPrice,
  vat: z.string().trim().default("20").refine((v) => { const n = Number(v.replace(",", ".")); return v !== "" && Number.isFinite(n) && n >= 0 && n <= 100; }, frParts.errors.vat),
  stock: optionalCount,
  minStock: optionalCount,
});
export const priceIdInput = z.object({ id: z.coerce.number().int().positive() });
export const priceImportInput = z.object({ csv: z.string().max(2_000_000) });

export const listPrices = (db: Db) => db.select().from(priceList).orderBy(asc(priceList.label)).then((rows) => rows);

const basisPoints = (vat: string) => Math.round(Number(vat.replace(",", ".")) * 100);

async function referenceFree(tx: Tx, reference: string | null, id?: number) {
  if (!reference) return;
  const other = await first(tx.select({ id: priceList.id }).from(priceList).where(eq(priceList.reference, reference)));
  if (other && other.id !== id) throw new ServiceError("invalid", frParts.errors.reference, { reference: frParts.errors.reference });
}

export function addPrice({ ctx, input }: { ctx: Ctx; input: z.output<typeof priceEntryInput> }) {
  return ctx.db.transaction(async (tx) => {
    await referenceFree(tx, input.reference || null);
    if (input.supplierId !== null && !(await first(tx.select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.id, input.supplierId))))) {
      throw new ServiceError("invalid", frParts.errors.unknownSupplier, { supplierId: frParts.errors.unknownSupplier });
    }
    const row = (await first(
      tx
        .insert(priceList)
        .values({
          label: input.label,
          unitPriceCents: parsePriceToCents(input.price)!,
          brand: input.brand || null,
          updatedAt: ctx.now,
          reference: input.reference || null,
          ean: input.ean || null,
          supplierId: input.supplierId,
          purchaseCents: input.purchase ? parsePriceToCents(input.purchase) : null,
          vatBasisPoints: basisPoints(input.vat),
          minStock: input.minStock,
        })
        .returning(),
    ))!;
    if (input.stock) await moveStock(tx, ctx, { articleId: row.id, delta: input.stock, reason: "corrected" });
    await recordAudit(tx, ctx, { action: "prices.add", summary: { label: row.label, unitPriceCents: row.unitPriceCents, reference: row.reference, stock: input.stock }, outcome: "ok" });
    return { id: row.id };
  });
}

export function deletePrice({ ctx, input }: { ctx: Ctx; input: z.output<typeof priceIdInput> }) {
  return ctx.db.transaction(async (tx) => {
    const row = await first(tx.delete(priceList).where(eq(priceList.id, input.id)).returning());
    if (!row) throw new ServiceError("not_found", frPrices.notFound);
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

interface ImportRow {
  label: string;
  cents: number;
  brand: string | null;
  reference: string | null;
  ean: string | null;
  supplier: string | null;
  purchaseCents: number | null;
  vatBasisPoints: number;
  stock: number | null;
  minStock: number;
}

function readRow(cells: string[], line: number): ImportRow | null {
  const [label = "", priceText = "", brand = "", reference = "", ean = "", supplier = "", purchase = "", vat = "", stock = "", minStock = ""] = cells.map((c) => c.trim().replace(/^'(?=[=+\-@\t\r])/, ""));
  const cents = parsePriceToCents(priceText);
  if (line === 1 && cents === null) return null; // the header
  const bad = (column: number) => new ServiceError("invalid", frPrices.badCell(line, frPrices.csvHeader[column]!), { csv: frPrices.badCell(line, frPrices.csvHeader[column]!) });
  if (!label || cents === null) throw new ServiceError("invalid", frPrices.badLine(line), { csv: frPrices.badLine(line) });
  const count = (text: string, column: number) => {
    if (text === "") return null;
    if (!/^\d{1,5}$/.test(text)) throw bad(column);
    return Number(text);
  };
  const purchaseCents = purchase === "" ? null : parsePriceToCents(purchase);
  if (purchase !== "" && purchaseCents === null) throw bad(6);
  const vatNumber = vat === "" ? 20 : Number(vat.replace(",", ".").replace("%", "").trim());
  if (!Number.isFinite(vatNumber) || vatNumber < 0 || vatNumber > 100) throw bad(7);
  return {
    label: label.slice(0, 200),
    cents,
    brand: brand.slice(0, 80) || null,
    reference: reference.slice(0, 80) || null,
    ean: ean.slice(0, 40) || null,
    supplier: supplier.slice(0, 120) || null,
    purchaseCents,
    vatBasisPoints: Math.round(vatNumber * 100),
    stock: count(stock, 8),
    minStock: count(minStock, 9) ?? 0,
  };
}

/**
 * The file's lines with a reference update that article (or add it); those without one replace the
 * catalogue's lines without one, as the price list's import always did. Nothing changes unless every line reads.
 */
export async function importPrices({ ctx, input }: { ctx: Ctx; input: z.output<typeof priceImportInput> }) {
  const rows: ImportRow[] = [];
  parseCsv(input.csv.replace(/^\uFEFF/, "")).forEach((cells, i) => {
    const row = readRow(cells, i + 1);
    if (row) rows.push(row);
  });
  return ctx.db.transaction(async (tx) => {
    const supplierIds = new Map((await tx.select({ id: suppliers.id, name: suppliers.name }).from(suppliers)).map((s) => [s.name, s.id]));
    const supplierOf = async (name: string | null) => {
      if (!name) return null;
      if (!supplierIds.has(name)) supplierIds.set(name, (await first(tx.insert(suppliers).values({ name }).returning({ id: suppliers.id })))!.id);
      return supplierIds.get(name)!;
    };
    await tx.delete(priceList).where(isNull(priceList.reference));
    for (const r of rows) {
      const values = { label: r.label, unitPriceCents: r.cents, brand: r.brand, ean: r.ean, supplierId: await supplierOf(r.supplier), purchaseCents: r.purchaseCents, vatBasisPoints: r.vatBasisPoints, minStock: r.minStock, updatedAt: ctx.now };
      const existing = r.reference ? await first(tx.select().from(priceList).where(eq(priceList.reference, r.reference))) : undefined;
      const article = existing
        ? (await first(tx.update(priceList).set(values).where(eq(priceList.id, existing.id)).returning()))!
        : (await first(tx.insert(priceList).values({ ...values, reference: r.reference }).returning()))!;
      const delta = r.stock === null ? 0 : r.stock - (existing?.stock ?? 0);
      if (delta) await moveStock(tx, ctx, { articleId: article.id, delta, reason: "corrected" });
    }
    await recordAudit(tx, ctx, { action: "prices.import", summary: { lines: rows.length }, outcome: "ok" });
    return { count: rows.length };
  });
}

export async function pricesCsv(db: Db): Promise<string> {
  const names = new Map((await db.select({ id: suppliers.id, name: suppliers.name }).from(suppliers)).map((s) => [s.id, s.name]));
  return toCsv(
    [...frPrices.csvHeader],
    (await listPrices(db)).map((p) => [
      p.label,
      centsToWirePrice(p.unitPriceCents),
      p.brand ?? "",
      p.reference ?? "",
      p.ean ?? "",
      p.supplierId === null ? "" : (names.get(p.supplierId) ?? ""),
      p.purchaseCents === null ? "" : centsToWirePrice(p.purchaseCents),
      String(p.vatBasisPoints / 100).replace(".", ","),
      String(p.stock),
      String(p.minStock),
    ]),
  );
}
