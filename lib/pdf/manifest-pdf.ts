import "server-only";
// The shipping manifest a carrier signs for: the centre's letterhead, the day, and a line a parcel (dossier,
// carrier, tracking number, recipient from the dossier).
import type { CentreIdentity } from "@/lib/identity/identity";
import { frShipping } from "@/lib/i18n/fr-shipping";
import { dateFr, identityBlock, pdfText, renderPdf, tableRow, title } from "./render";

const t = frShipping.manifest;

export function manifestPdf(m: { identity: CentreIdentity; logo: Buffer | null; at: Date; parcels: Array<{ demandNumber: string; carrierName: string; trackingNumber: string; recipient: string }> }) {
  return renderPdf({ title: t.title(dateFr(m.at)), at: m.at }, (doc) => {
    identityBlock(doc, m.identity, m.logo);
    title(doc, t.title(dateFr(m.at)));
    doc.font("Helvetica").text(pdfText(t.count(m.parcels.length))).moveDown(0.5);
    const columns = [{ x: 50, w: 110 }, { x: 160, w: 80 }, { x: 240, w: 120 }, { x: 360, w: 185 }];
    const row = (cells: string[], bold = false) => tableRow(doc, columns, cells, bold);
    row([...t.columns], true);
    for (const p of m.parcels) row([p.demandNumber, p.carrierName, p.trackingNumber, p.recipient || "—"]);
  });
}
