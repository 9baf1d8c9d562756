// The documents Atelier writes: amounts in integer cents, VAT rounded once a line, and PDFs whose text a
// reader (unpdf, as any PDF reader would) finds whole.
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { DEFAULT_IDENTITY } from "@/lib/identity/identity";
import { destructionCertificatePdf, expertiseReportPdf } from "@/lib/pdf/report-pdf";
import { quotePdf } from "@/lib/pdf/quote-pdf";
import { quoteTotals, vatCents } from "@/lib/quotes/totals";

async function textOf(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

const identity = { ...DEFAULT_IDENTITY, legalName: "SAV Express Trappes", address: "12 rue des Ateliers, 78190 Trappes", siret: "12345678900012", vatNumber: "FR12123456789" };
const dossier = { demandNumber: "ACH-9001-0042", resellerCode: "AUCHAN", siteName: "AUCHAN TRAPPES", clientName: "Dupont Jean", brand: "Samsung", partNumber: "QE55Q60C", serialNumber: "SN0042" };

describe("quote amounts", () => {
  it("rounds VAT half up, once a line, and adds what the lines show", () => {
    expect(vatCents(3, 2000)).toBe(1); // 0,006 € → 0,01 €
    expect(vatCents(2, 2000)).toBe(0); // 0,004 € → 0,00 €
    expect(vatCents(25, 2000)).toBe(5); // exactly 0,05 €
    expect(vatCents(99_999_999, 2000)).toBe(20_000_000); // 999 999,99 € → 200 000,00 € of VAT
    const totals = quoteTotals(Array.from({ length: 100 }, () => ({ quantity: 3, unitPriceCents: 1 })), 2000);
    expect(totals).toMatchObject({ exclCents: 300, vatCents: 100, inclCents: 400 });
    expect(quoteTotals([{ quantity: 1, unitPriceCents: 99_999_999 }], 550)).toMatchObject({ exclCents: 99_999_999, vatCents: 5_500_000, inclCents: 105_499_999 });
  });
});

describe("PDFs", () => {
  it("the quote holds the centre, the dossier, the lines, the totals in French format and the signature box", async () => {
    const pdf = await quotePdf({
      identity,
      logo: null,
      quoteNumber: "DV-2026-0001",
      at: new Date("2026-11-28T10:00:00Z"),
      dossier,
      lines: [{ label: "Dalle écran", quantity: 1, unitPriceCents: 15845 }, { label: "Main d'œuvre", quantity: 2, unitPriceCents: 4500 }],
      comment: "Pièce d'origine",
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await textOf(pdf);
    for (const part of ["SAV Express Trappes", "12345678900012", "Devis n° DV-2026-0001", "ACH-9001-0042", "Dupont Jean", "SN0042", "Dalle écran", "Main d'œuvre", "158,45 €", "90,00 €", "248,45 €", "49,69 €", "298,14 €", "Bon pour accord", "TVA 20 %"]) {
      expect(text, part).toContain(part);
    }
  });

  it("the report and the certificate hold the dossier and what the technician wrote", async () => {
    const at = new Date("2026-11-28T10:00:00Z");
    const report = await textOf(await expertiseReportPdf({ identity, logo: null, at, by: "Théo Technicien", dossier, findings: "Dalle fissurée", tests: "Test d'allumage", parts: "Dalle", conclusion: "Réparable avec devis" }));
    for (const part of ["Rapport d'expertise", "ACH-9001-0042", "Dalle fissurée", "Réparable avec devis", "Théo Technicien"]) expect(report).toContain(part);
    const certificate = await textOf(await destructionCertificatePdf({ identity, logo: null, at, dossier, destroyedOn: "2026-11-27", method: "Broyage DEEE", by: "Théo Technicien" }));
    for (const part of ["Certificat de destruction", "ACH-9001-0042", "27 novembre 2026", "Broyage DEEE"]) expect(certificate).toContain(part);
  });

  it("prints text outside the built-in fonts' alphabet without failing", async () => {
    const pdf = await quotePdf({ identity, logo: null, quoteNumber: "DV-1", at: new Date(), dossier: { ...dossier, clientName: "王小明 😀" }, lines: [{ label: "Écran", quantity: 1, unitPriceCents: 100 }], comment: null });
    expect(await textOf(pdf)).toContain("Écran");
  });
});
