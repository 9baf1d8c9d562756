import "server-only";
// The documents Atelier writes, as PDF: pdfkit with its built-in Helvetica (no font to fetch), the centre's
// identity at the top, French text. The built-in fonts speak Windows-1252: anything else is replaced.
import PDFDocument from "pdfkit";
import type { CentreIdentity } from "@/lib/identity/identity";
import { frDocuments as t } from "@/lib/i18n/fr-documents";

export type Pdf = InstanceType<typeof PDFDocument>;

const CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/** Text as the built-in fonts can print it: thin and non-breaking spaces as spaces, the rest of Unicode as "?". */
export function pdfText(text: string): string {
  return [...text.replace(/[\u202f\u00a0]/g, " ")]
    .map((c) => {
      const code = c.codePointAt(0)!;
      return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || c === "\n" || CP1252_EXTRA.includes(c) ? c : "?";
    })
    .join("");
}

export function renderPdf(meta: { title: string; at: Date; size?: [number, number]; margin?: number }, draw: (doc: Pdf) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: meta.size ?? "A4", margin: meta.margin ?? 50, info: { Title: pdfText(meta.title), Producer: "Atelier", CreationDate: meta.at } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

/** The centre's identity, top left, with its logo when it has one. */
export function identityBlock(doc: Pdf, identity: CentreIdentity, logo: Buffer | null) {
  const top = doc.y;
  if (logo) {
    try {
      doc.image(logo, 50, top, { fit: [120, 50] });
      doc.y = top + 56;
    } catch {
      // A logo pdfkit cannot read leaves the identity in words only.
    }
  }
  doc.font("Helvetica-Bold").fontSize(12).text(pdfText(identity.legalName || t.identity.unnamed));
  doc.font("Helvetica").fontSize(9);
  const lines = [
    identity.address,
    identity.siret && t.identity.siret(identity.siret),
    identity.vatNumber && t.identity.vat(identity.vatNumber),
    [identity.phone, identity.email].filter(Boolean).join(" · "),
  ].filter(Boolean);
  for (const line of lines) doc.text(pdfText(line as string));
  doc.moveDown();
}

/** A label and its value on one line, the label in bold. */
export function field(doc: Pdf, label: string, value: string | null | undefined) {
  doc.font("Helvetica-Bold").text(pdfText(`${label} : `), { continued: true }).font("Helvetica").text(pdfText(value || "—"));
}

export function title(doc: Pdf, text: string) {
  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(16).text(pdfText(text)).fontSize(10).font("Helvetica").moveDown(0.5);
}

export const dateFr = (at: Date) => new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" }).format(at);

/** One row of a table: cells at fixed columns, the row as tall as its tallest cell; the cursor below it. */
export function tableRow(doc: Pdf, columns: ReadonlyArray<{ x: number; w: number; right?: boolean }>, cells: readonly string[], bold = false) {
  const y = doc.y;
  doc.font(bold ? "Helvetica-Bold" : "Helvetica");
  const heights = cells.map((cell, i) => doc.heightOfString(pdfText(cell), { width: columns[i]!.w - 6 }));
  cells.forEach((cell, i) => doc.text(pdfText(cell), columns[i]!.x, y, { width: columns[i]!.w - 6, align: columns[i]!.right ? "right" : "left" }));
  doc.x = 50;
  doc.y = y + Math.max(...heights) + 4;
}
