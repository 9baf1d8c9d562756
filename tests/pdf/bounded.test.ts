// Every PDF is drawn in a worker thread under a bound of time and of memory: past either, the document is
// refused with a 503's error (unavailable) and the worker ended, and the next document is drawn as usual.
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { DEFAULT_IDENTITY } from "@/lib/identity/identity";
import { renderBounded } from "@/lib/pdf/bounded";
import type { PdfJob } from "@/lib/pdf/documents";

const dossier = {
  demandNumber: "ACH-9001-0042",
  brand: "Samsung",
  partNumber: "QE55Q60C",
  serialNumber: "SN0042",
  imeiNumber: null,
  ean: "3045380012345",
  clientName: "Dupont Jean",
  resellerCode: "AUCHAN",
  siteName: "AUCHAN TRAPPES",
  problemDescription: "Ne s'allume plus",
  accessories: "Télécommande",
  location: "B-03",
};
const ticket: PdfJob = { kind: "ticket", input: { identity: { ...DEFAULT_IDENTITY, legalName: "SAV Express" }, logo: null, at: new Date(), dossier, url: "http://127.0.0.1/dossiers/ACH-9001-0042" } };
const NORMAL = { timeoutMs: 20_000, memoryMb: 256 };

const textOf = async (pdf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, " ");

describe("a PDF drawn under bounds", () => {
  it("is drawn whole in a worker, several at once", async () => {
    const pdfs = await Promise.all([renderBounded(ticket, NORMAL), renderBounded({ kind: "label", input: { labelSize: "62x29", at: new Date(), dossier } }, NORMAL), renderBounded(ticket, NORMAL)]);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await textOf(pdfs[0]!)).toContain("Fiche de réparation ACH-9001-0042");
    expect(await textOf(pdfs[1]!)).toContain("ACH-9001-0042");
  });

  it("past its time, is refused as unavailable, and the next one is drawn", async () => {
    await expect(renderBounded(ticket, { timeoutMs: 1, memoryMb: 256 })).rejects.toMatchObject({ code: "unavailable" });
    expect(await textOf(await renderBounded(ticket, NORMAL))).toContain("ACH-9001-0042");
  });

  it("past its memory, ends its worker only: refused as unavailable, and the next one is drawn", async () => {
    // 8 MB of heap cannot even hold the PDF library: the worker runs out of memory (ERR_WORKER_OUT_OF_MEMORY).
    await expect(renderBounded(ticket, { timeoutMs: 20_000, memoryMb: 8 })).rejects.toMatchObject({ code: "unavailable" });
    expect(await textOf(await renderBounded(ticket, NORMAL))).toContain("ACH-9001-0042");
  });

  it("a document whose drawing fails is an error, not a lost worker", async () => {
    const broken = { kind: "ticket", input: { ...ticket.input, dossier: null } } as unknown as PdfJob;
    await expect(renderBounded(broken, NORMAL)).rejects.toThrow();
    expect((await renderBounded(ticket, NORMAL)).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
