import "server-only";
// The quote (3.8's quote_file), as the reseller and the client read it: who quotes, for which dossier and
// product, the lines with unit and line prices, the totals with VAT, the validity, and a "Bon pour accord".
import type { CentreIdentity } from "@/lib/centre/identity";
import { formatCents } from "@/lib/money";
import { quoteTotals } from "@/lib/quotes/totals";
import { dateFr, field, identityBlock, pdfText, renderPdf, title } from "./render";

export interface QuotePdfInput {
  identity: CentreIdentity;
  logo: Buffer | null;
  quoteNumber: string;
  at: Date;
  dossier: { demandNumber: string; resellerCode: string | null; siteName: string | null; clientName: string | null; brand: string | null; partNumber: string | null; serialNumber: string | null };
  lines: Array<{ label: string; quantity: number; unitPriceCents: number }>;
  comment: string | null;
}

export function quotePdf(q: QuotePdfInput): Promise<Buffer> {
  const totals = quoteTotals(q.lines, q.identity.vatRateBasisPoints);
  const validUntil = new Date(q.at.getTime() + q.identity.quoteValidityDays * 86_400_000);
  const rate = (q.identity.vatRateBasisPoints / 100).toLocaleString("fr-FR");
  return renderPdf({ title: `Devis ${q.quoteNumber}`, at: q.at }, (doc) => {
    identityBlock(doc, q.identity, q.logo);
    title(doc, `Devis n° ${q.quoteNumber}`);
    field(doc, "Date", dateFr(q.at));
    field(doc, "Valable jusqu'au", dateFr(validUntil));
    field(doc, "Dossier", q.dossier.demandNumber);
    field(doc, "Revendeur", [q.dossier.resellerCode, q.dossier.siteName].filter(Boolean).join(" — "));
    field(doc, "Client", q.dossier.clientName);
    field(doc, "Produit", [q.dossier.brand, q.dossier.partNumber].filter(Boolean).join(" "));
    field(doc, "Numéro de série", q.dossier.serialNumber);
    doc.moveDown();

    const columns = [{ x: 50, w: 250, label: "Désignation" }, { x: 300, w: 50, label: "Qté" }, { x: 350, w: 95, label: "P.U. HT" }, { x: 445, w: 100, label: "Total HT" }];
    const row = (cells: string[], bold = false) => {
      const y = doc.y;
      doc.font(bold ? "Helvetica-Bold" : "Helvetica");
      const heights = cells.map((cell, i) => doc.heightOfString(pdfText(cell), { width: columns[i]!.w - 6 }));
      cells.forEach((cell, i) => doc.text(pdfText(cell), columns[i]!.x, y, { width: columns[i]!.w - 6, align: i === 0 ? "left" : "right" }));
      doc.x = 50;
      doc.y = y + Math.max(...heights) + 4;
    };
    row(columns.map((c) => c.label), true);
    q.lines.forEach((line, i) => row([line.label, String(line.quantity), formatCents(line.unitPriceCents), formatCents(totals.rows[i]!.totalCents)]));
    doc.moveDown();
    const sum = (label: string, cents: number, bold = false) => {
      const y = doc.y;
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").text(pdfText(label), 300, y, { width: 145, align: "right" });
      doc.text(pdfText(formatCents(cents)), 445, y, { width: 94, align: "right" });
      doc.x = 50;
    };
    sum("Total HT", totals.exclCents);
    sum(`TVA ${rate} %`, totals.vatCents);
    sum("Total TTC", totals.inclCents, true);
    doc.font("Helvetica").moveDown(1.5);
    if (q.comment) doc.text(pdfText(q.comment)).moveDown();
    if (q.identity.quoteTerms) doc.fontSize(8).text(pdfText(q.identity.quoteTerms)).fontSize(10).moveDown();
    const boxTop = doc.y + 10;
    doc.rect(300, boxTop, 245, 80).stroke();
    doc.font("Helvetica-Bold").text(pdfText("Bon pour accord"), 310, boxTop + 8);
    doc.font("Helvetica").fontSize(8).text(pdfText("Date et signature du client"), 310, boxTop + 24);
  });
}
