import "server-only";
// The reseller review's documents: the month's scorecard (its figures, label and value) and the statement of
// what can be billed (accepted quotes, closed repairs at their flat fee, totals), on the centre's letterhead.
import type { CentreIdentity } from "@/lib/identity/identity";
import { frReview } from "@/lib/i18n/fr-indicators";
import { formatCents } from "@/lib/money";
import { identityBlock, pdfText, renderPdf, tableRow as row, title } from "./render";

const t = frReview;

interface Letterhead {
  identity: CentreIdentity;
  logo: Buffer | null;
  at: Date;
  reseller: string;
  month: string;
}

export function scorecardPdf(s: Letterhead & { figures: Array<[string, string]> }) {
  return renderPdf({ title: t.scorecardTitle(s.reseller, s.month), at: s.at }, (doc) => {
    identityBlock(doc, s.identity, s.logo);
    title(doc, t.scorecardTitle(s.reseller, s.month));
    const columns = [{ x: 50, w: 330 }, { x: 380, w: 165, right: true }];
    for (const [label, value] of s.figures) row(doc, columns, [label, value]);
  });
}

export function statementPdf(s: Letterhead & {
  quotes: Array<{ demandNumber: string; quoteNumber: string; day: string; cents: number }>;
  repairs: Array<{ demandNumber: string; type: string; day: string; cents: number | null }>;
  totals: { quotes: number; fees: number; all: number };
}) {
  return renderPdf({ title: t.statementTitle(s.reseller, s.month), at: s.at }, (doc) => {
    identityBlock(doc, s.identity, s.logo);
    title(doc, t.statementTitle(s.reseller, s.month));
    const c = t.columns;
    const columns = [{ x: 50, w: 150 }, { x: 200, w: 130 }, { x: 330, w: 100 }, { x: 430, w: 115, right: true }];
    doc.font("Helvetica-Bold").fontSize(12).text(pdfText(t.quotesTitle)).fontSize(10);
    row(doc, columns, [c.dossier, c.quote, c.date, c.amount], true);
    for (const q of s.quotes) row(doc, columns, [q.demandNumber, q.quoteNumber, q.day, formatCents(q.cents)]);
    row(doc, columns, [t.totals.quotes, "", "", formatCents(s.totals.quotes)], true);
    doc.moveDown();
    doc.font("Helvetica-Bold").fontSize(12).text(pdfText(t.repairsTitle)).fontSize(10);
    row(doc, columns, [c.dossier, c.type, c.date, c.amount], true);
    for (const r of s.repairs) row(doc, columns, [r.demandNumber, r.type, r.day, r.cents === null ? t.noFee : formatCents(r.cents)]);
    row(doc, columns, [t.totals.fees, "", "", formatCents(s.totals.fees)], true);
    doc.moveDown();
    row(doc, columns, [t.totals.all, "", "", formatCents(s.totals.all)], true);
  });
}
