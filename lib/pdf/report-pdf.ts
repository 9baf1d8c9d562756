import "server-only";
// The expertise report and the destruction certificate, sent as REPORT documents (3.7 accepts no other
// type for them; 3.10's DESTRUCTION_VOUCHER is a type the platform gives, not one a centre may send).
import type { CentreIdentity } from "@/lib/centre/identity";
import { dateFr, field, identityBlock, pdfText, renderPdf, title } from "./render";

export interface DossierHeading {
  demandNumber: string;
  brand: string | null;
  partNumber: string | null;
  serialNumber: string | null;
  clientName: string | null;
}

function heading(doc: Parameters<Parameters<typeof renderPdf>[1]>[0], d: DossierHeading) {
  field(doc, "Dossier", d.demandNumber);
  field(doc, "Produit", [d.brand, d.partNumber].filter(Boolean).join(" "));
  field(doc, "Numéro de série", d.serialNumber);
  field(doc, "Client", d.clientName);
  doc.moveDown();
}

const section = (doc: Parameters<Parameters<typeof renderPdf>[1]>[0], label: string, text: string) => {
  doc.font("Helvetica-Bold").text(pdfText(label)).font("Helvetica").text(pdfText(text || "—")).moveDown(0.7);
};

export function expertiseReportPdf(r: { identity: CentreIdentity; logo: Buffer | null; at: Date; by: string; dossier: DossierHeading; findings: string; tests: string; parts: string; conclusion: string }) {
  return renderPdf({ title: `Rapport d'expertise ${r.dossier.demandNumber}`, at: r.at }, (doc) => {
    identityBlock(doc, r.identity, r.logo);
    title(doc, "Rapport d'expertise");
    field(doc, "Date", dateFr(r.at));
    field(doc, "Technicien", r.by);
    heading(doc, r.dossier);
    section(doc, "Constats", r.findings);
    section(doc, "Tests réalisés", r.tests);
    section(doc, "Pièces concernées", r.parts);
    section(doc, "Conclusion", r.conclusion);
  });
}

export function destructionCertificatePdf(c: { identity: CentreIdentity; logo: Buffer | null; at: Date; dossier: DossierHeading; destroyedOn: string; method: string; by: string }) {
  return renderPdf({ title: `Certificat de destruction ${c.dossier.demandNumber}`, at: c.at }, (doc) => {
    identityBlock(doc, c.identity, c.logo);
    title(doc, "Certificat de destruction");
    heading(doc, c.dossier);
    doc.text(pdfText(`Nous certifions que le produit ci-dessus a été détruit, à la suite du refus du devis par le client, le ${dateFr(new Date(`${c.destroyedOn}T12:00:00`))}.`)).moveDown();
    field(doc, "Méthode de destruction", c.method);
    field(doc, "Réalisée par", c.by);
    field(doc, "Établi le", dateFr(c.at));
    doc.moveDown(2).text(pdfText("Signature et cachet du centre"));
  });
}
