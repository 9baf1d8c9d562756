import "server-only";
// The labels of the centre's places: each code as a Code 128 a scanner reads back, the code and its label
// printed beneath. One label a page on a thermal printer's roll (62 × 29 or 100 × 50 mm), or 24 on an A4 sheet.
import { frLocations } from "@/lib/i18n/fr-locations";
import { code128Png } from "./barcodes";
import { pdfText, renderPdf, type Pdf } from "./render";

const MM = 72 / 25.4;
export const LABEL_SIZES = ["small", "medium", "a4"] as const;
const ROLLS: Record<string, [number, number]> = { small: [62, 29], medium: [100, 50] };

function drawLabel(doc: Pdf, image: Buffer, place: { code: string; label: string }, x: number, y: number, w: number, h: number) {
  const pad = 2.5 * MM;
  doc.image(image, x + pad, y + pad, { width: w - 2 * pad, height: h * 0.48 });
  doc.font("Helvetica-Bold").fontSize(Math.max(7, h / 6)).text(pdfText(place.code), x + pad, y + pad + h * 0.5, { width: w - 2 * pad, align: "center", lineBreak: false });
  doc.font("Helvetica").fontSize(Math.max(5, h / 11)).text(pdfText(place.label), x + pad, y + pad + h * 0.5 + Math.max(7, h / 6) * 1.2, { width: w - 2 * pad, align: "center", lineBreak: false });
}

export async function locationLabelsPdf(input: { at: Date; size: (typeof LABEL_SIZES)[number]; places: Array<{ code: string; label: string }> }) {
  const images = await Promise.all(input.places.map((p) => code128Png(p.code, 10)));
  const roll = ROLLS[input.size];
  return renderPdf({ title: frLocations.admin.labels, at: input.at, size: roll ? [roll[0] * MM, roll[1] * MM] : undefined, margin: 0 }, (doc) => {
    if (roll) {
      const [w, h] = [roll[0] * MM, roll[1] * MM];
      input.places.forEach((place, i) => {
        if (i > 0) doc.addPage({ size: [w, h], margin: 0 });
        drawLabel(doc, images[i]!, place, 0, 0, w, h);
      });
      return;
    }
    // A4: 3 columns, 8 rows of 70 × 37 mm.
    const [w, h] = [70 * MM, 37 * MM];
    const top = (297 - 8 * 37) / 2 * MM;
    input.places.forEach((place, i) => {
      const slot = i % 24;
      if (i > 0 && slot === 0) doc.addPage({ size: "A4", margin: 0 });
      drawLabel(doc, images[i]!, place, (slot % 3) * w, top + Math.floor(slot / 3) * h, w, h);
    });
  });
}
