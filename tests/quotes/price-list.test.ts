// The price list: CSV out and back in for a French spreadsheet; a bad line changes nothing.
import { afterEach, describe, expect, it } from "vitest";
import { addPrice, importPrices, listPrices, priceEntryInput, pricesCsv } from "@/lib/parts/price-list";
import { priceSuggestions } from "@/lib/quotes/suggestions";
import { ctxFor, freshDatabase, insertUser } from "../support/database";

let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
afterEach(() => database?.close());

describe("price list", () => {
  it("exports with a BOM and ';', imports its own export back, and refuses a bad line whole", async () => {
    database = await freshDatabase();
    const manager = await insertUser(database.db, "manager");
    const ctx = ctxFor(database.db, manager);
    await addPrice({ ctx, input: priceEntryInput.parse({ label: "Dalle écran; 55\"", price: "158,45", brand: "Samsung" }) });
    await addPrice({ ctx, input: priceEntryInput.parse({ label: "=Main d'œuvre", price: "45", brand: "" }) });
    const csv = await pricesCsv(database.db);
    expect(csv.startsWith("\uFEFFLibellé;Prix HT;Marque;Référence;EAN;Fournisseur;Prix d'achat HT;TVA (%);Stock;Stock minimum\r\n")).toBe(true);
    expect(csv).toContain("'=Main d'œuvre;45,00;");
    // Its own export comes back as it was, quotes, semicolons and all.
    const before = (await listPrices(database.db)).map((p) => [p.label, p.unitPriceCents, p.brand]);
    expect(await importPrices({ ctx, input: { csv } })).toEqual({ count: 2 });
    expect((await listPrices(database.db)).map((p) => [p.label, p.unitPriceCents, p.brand])).toEqual(before);
    expect(await importPrices({ ctx, input: { csv: "Libellé;Prix\nÉcran;79,90\nBatterie;12\n" } })).toEqual({ count: 2 });
    expect((await listPrices(database.db)).map((p) => [p.label, p.unitPriceCents])).toEqual([["Batterie", 1200], ["Écran", 7990]]);
    await expect(importPrices({ ctx, input: { csv: "Écran;79,90\nBatterie;douze\n" } })).rejects.toThrow(/Ligne 2/);
    expect(await listPrices(database.db)).toHaveLength(2);
    expect(await priceSuggestions(database.db)).toEqual(expect.arrayContaining([{ label: "Écran", unitPriceCents: 7990 }]));
  });
});
