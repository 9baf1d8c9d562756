import "server-only";
// The purchase order a supplier receives: the centre's letterhead, the order's number and date, and its
// lines (reference, label, quantity, the dossier each is for).
import type { CentreIdentity } from "@/lib/identity/identity";
import { frParts } from "@/lib/i18n/fr-parts";
import { dateFr, identityBlock, pdfText, renderPdf, tableRow, title } from "./render";

const t = frParts.orders;

export interface OrderDocument {
  identity: CentreIdentity;
  logo: Buffer | null;
  at: Date;
  number: string;
  supplier: string;
  lines: Array<{ reference: string | null; label: string; quantity: number; demandNumber: string | null }>;
}

export function orderPdf(o: OrderDocument) {
  return renderPdf({ title: t.pdfTitle(o.number), at: o.at }, (doc) => {
    identityBlock(doc, o.identity, o.logo);
    title(doc, t.pdfTitle(o.number));
    doc.font("Helvetica").text(pdfText(t.pdfSupplier(o.supplier))).text(pdfText(t.pdfDate(dateFr(o.at)))).moveDown();
    const columns = [{ x: 50, w: 120 }, { x: 170, w: 230 }, { x: 400, w: 40, right: true }, { x: 440, w: 105 }];
    const row = (cells: string[], bold = false) => tableRow(doc, columns, cells, bold);
    row([...t.pdfColumns], true);
    for (const line of o.lines) row([line.reference ?? "—", line.label, String(line.quantity), line.demandNumber ?? frParts.reception.forStock]);
  });
}
