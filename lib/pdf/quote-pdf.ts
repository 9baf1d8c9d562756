import "server-only";
// The quote (3.8's quote_file), as the reseller and the client read it: who quotes, for which dossier and
// product, the lines with unit and line prices, the totals with VAT, the validity, and a "Bon pour accord".
import type { CentreIdentity } from "@/lib/identity/identity";
import { formatCents } from "@/lib/money";
import { quoteTotals } from "@/lib/quotes/totals";
import { dateFr, field, identityBlock, pdfText, renderPdf, title } from "./render";
import { frDocuments as t } from "@/lib/i18n/fr-documents";

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
  return renderPdf({ title: t.quote.title(q.quoteNumber), at: q.at }, (doc) => {
    identityBlock(doc, q.identity, q.logo);
    title(doc, t.quote.heading(q.quoteNumber));
    field(doc, t.field.date, dateFr(q.at));
    field(doc, t.quote.validUntil, dateFr(validUntil));
    field(doc, t.field.dossier, q.dossier.demandNumber);
    field(doc, t.field.reseller, [q.dossier.resellerCode, q.dossier.siteName].filter(Boolean).join(" — "));
    field(doc, t.field.client, q.dossier.clientName);
    field(doc, t.field.product, [q.dossier.brand, q.dossier.partNumber].filter(Boolean).join(" "));
    field(doc, t.field.serial, q.dossier.serialNumber);
    doc.moveDown();

    const columns = [{ x: 50, w: 250, label: t.quote.columns.label }, { x: 300, w: 50, label: t.quote.columns.quantity }, { x: 350, w: 95, label: t.quote.columns.unit }, { x: 445, w: 100, label: t.quote.columns.total }];
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
    sum(t.quote.totalExcl, totals.exclCents);
    sum(t.quote.vat(rate), totals.vatCents);
    sum(t.quote.totalIncl, totals.inclCents, true);
    doc.font("Helvetica").moveDown(1.5);
    if (q.comment) doc.text(pdfText(q.comment)).moveDown();
    if (q.identity.quoteTerms) doc.fontSize(8).text(pdfText(q.identity.quoteTerms)).fontSize(10).moveDown();
    const boxTop = doc.y + 10;
    doc.rect(300, boxTop, 245, 80).stroke();
    doc.font("Helvetica-Bold").text(pdfText(t.quote.approval), 310, boxTop + 8);
    doc.font("Helvetica").fontSize(8).text(pdfText(t.quote.clientSignature), 310, boxTop + 24);
  });
}
