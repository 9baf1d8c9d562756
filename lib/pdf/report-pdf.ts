import "server-only";
// The expertise report and the destruction certificate, sent as REPORT documents (3.7 accepts no other
// type for them; 3.10's DESTRUCTION_VOUCHER is a type the platform gives, not one a centre may send).
import type { CentreIdentity } from "@/lib/identity/identity";
import { dateFr, field, identityBlock, pdfText, renderPdf, title } from "./render";
import { frDocuments as t } from "@/lib/i18n/fr-documents";

export interface DossierHeading {
  demandNumber: string;
  brand: string | null;
  partNumber: string | null;
  serialNumber: string | null;
  clientName: string | null;
}

function heading(doc: Parameters<Parameters<typeof renderPdf>[1]>[0], d: DossierHeading) {
  field(doc, t.field.dossier, d.demandNumber);
  field(doc, t.field.product, [d.brand, d.partNumber].filter(Boolean).join(" "));
  field(doc, t.field.serial, d.serialNumber);
  field(doc, t.field.client, d.clientName);
  doc.moveDown();
}

const section = (doc: Parameters<Parameters<typeof renderPdf>[1]>[0], label: string, text: string) => {
  doc.font("Helvetica-Bold").text(pdfText(label)).font("Helvetica").text(pdfText(text || "—")).moveDown(0.7);
};

export function expertiseReportPdf(r: { identity: CentreIdentity; logo: Buffer | null; at: Date; by: string; dossier: DossierHeading; findings: string; tests: string; parts: string; conclusion: string }) {
  return renderPdf({ title: t.expertise.title(r.dossier.demandNumber), at: r.at }, (doc) => {
    identityBlock(doc, r.identity, r.logo);
    title(doc, t.expertise.heading);
    field(doc, t.field.date, dateFr(r.at));
    field(doc, t.field.technician, r.by);
    heading(doc, r.dossier);
    section(doc, t.expertise.findings, r.findings);
    section(doc, t.expertise.tests, r.tests);
    section(doc, t.expertise.parts, r.parts);
    section(doc, t.expertise.conclusion, r.conclusion);
  });
}

export function destructionCertificatePdf(c: { identity: CentreIdentity; logo: Buffer | null; at: Date; dossier: DossierHeading; destroyedOn: string; method: string; by: string }) {
  return renderPdf({ title: t.destruction.title(c.dossier.demandNumber), at: c.at }, (doc) => {
    identityBlock(doc, c.identity, c.logo);
    title(doc, t.destruction.heading);
    heading(doc, c.dossier);
    doc.text(pdfText(t.destruction.statement(dateFr(new Date(`${c.destroyedOn}T12:00:00`))))).moveDown();
    field(doc, t.destruction.method, c.method);
    field(doc, t.destruction.by, c.by);
    field(doc, t.destruction.issuedOn, dateFr(c.at));
    doc.moveDown(2).text(pdfText(t.destruction.stamp));
  });
}
