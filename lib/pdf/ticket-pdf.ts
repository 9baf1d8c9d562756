import "server-only";
// What the goods-in desk prints: the repair ticket (A4) that travels with the product, and the product
// label for a thermal printer, both with the dossier number as a Code 128 a scanner reads back.
import type { CentreIdentity } from "@/lib/identity/identity";
import { code128Png, qrPng } from "./barcodes";
import { dateFr, field, identityBlock, pdfText, renderPdf, title } from "./render";
import { frDocuments as words } from "@/lib/i18n/fr-documents";

export interface TicketDossier {
  demandNumber: string;
  brand: string | null;
  partNumber: string | null;
  serialNumber: string | null;
  imeiNumber: string | null;
  ean: string | null;
  clientName: string | null;
  resellerCode: string | null;
  siteName: string | null;
  problemDescription: string | null;
  accessories: string | null;
  /** The code of the place the product sits on. */
  location: string | null;
}

export async function ticketPdf(t: { identity: CentreIdentity; logo: Buffer | null; at: Date; dossier: TicketDossier; url: string }) {
  const [barcode, qr] = await Promise.all([code128Png(t.dossier.demandNumber), qrPng(t.url)]);
  return renderPdf({ title: words.ticket.title(t.dossier.demandNumber), at: t.at }, (doc) => {
    identityBlock(doc, t.identity, t.logo);
    title(doc, words.ticket.heading(t.dossier.demandNumber));
    const top = doc.y;
    doc.image(barcode, 50, top, { height: 45, width: 260 });
    doc.image(qr, 470, top - 10, { fit: [75, 75] });
    doc.y = top + 70;
    doc.x = 50;
    field(doc, words.field.receivedOn, dateFr(t.at));
    field(doc, words.field.reseller, [t.dossier.resellerCode, t.dossier.siteName].filter(Boolean).join(" — "));
    field(doc, words.field.client, t.dossier.clientName);
    field(doc, words.field.product, [t.dossier.brand, t.dossier.partNumber].filter(Boolean).join(" "));
    field(doc, words.field.serial, t.dossier.serialNumber);
    field(doc, words.field.imei, t.dossier.imeiNumber);
    field(doc, words.field.ean, t.dossier.ean);
    field(doc, words.field.location, t.dossier.location);
    doc.moveDown();
    doc.font("Helvetica-Bold").text(pdfText(words.ticket.problem)).font("Helvetica").text(pdfText(t.dossier.problemDescription || "—")).moveDown();
    // Left blank to be written by hand when nothing was entered at reception.
    doc.font("Helvetica-Bold").text(pdfText(words.ticket.accessories)).font("Helvetica").text(pdfText(t.dossier.accessories || " ")).moveDown(2);
    const boxTop = doc.y;
    doc.rect(300, boxTop, 245, 70).stroke();
    doc.fontSize(8).text(pdfText(words.ticket.signature), 310, boxTop + 8);
  });
}

const MM = 72 / 25.4;
const SIZES: Record<string, [number, number]> = { "62x29": [62, 29], "100x50": [100, 50], A4: [210, 297] };

/** The product label, on the label size of the centre's settings (62 × 29 mm by default). */
export async function labelPdf(l: { labelSize: string; at: Date; dossier: TicketDossier }) {
  const [widthMm, heightMm] = SIZES[l.labelSize] ?? SIZES["62x29"]!;
  const [w, h] = [widthMm * MM, heightMm * MM];
  const barcode = await code128Png(l.dossier.demandNumber, 10);
  return renderPdf({ title: words.label.title(l.dossier.demandNumber), at: l.at, size: [w, h], margin: 0 }, (doc) => {
    const pad = 2 * MM;
    const size = Math.max(5, h / 9);
    doc.image(barcode, pad, pad, { width: w - 2 * pad, height: h * 0.42 });
    doc.font("Helvetica-Bold").fontSize(size * 1.1).text(pdfText(l.dossier.demandNumber), pad, pad + h * 0.45, { width: w - 2 * pad, align: "center" });
    doc.font("Helvetica").fontSize(size * 0.85);
    doc.text(pdfText([l.dossier.brand, l.dossier.serialNumber].filter(Boolean).join(" · ")), { width: w - 2 * pad, align: "center" });
    doc.text(pdfText([l.dossier.resellerCode, l.dossier.location && words.field.locationShort(l.dossier.location)].filter(Boolean).join(" · ")), { width: w - 2 * pad, align: "center" });
  });
}
