// Every document Atelier draws, by name, with what it is drawn from: plain data that a worker thread can
// receive (lib/pdf/bounded.ts sends a job, lib/pdf/worker/entry.ts draws it).
import { locationLabelsPdf } from "./location-labels-pdf";
import { manifestPdf } from "./manifest-pdf";
import { orderPdf } from "./order-pdf";
import { quotePdf } from "./quote-pdf";
import { scorecardPdf, statementPdf } from "./review-pdf";
import { destructionCertificatePdf, expertiseReportPdf } from "./report-pdf";
import { labelPdf, ticketPdf } from "./ticket-pdf";

export const DOCUMENTS = { ticket: ticketPdf, label: labelPdf, quote: quotePdf, expertise: expertiseReportPdf, destruction: destructionCertificatePdf, order: orderPdf, scorecard: scorecardPdf, statement: statementPdf, locationLabels: locationLabelsPdf, manifest: manifestPdf };

type Documents = typeof DOCUMENTS;
export type PdfJob = { [K in keyof Documents]: { kind: K; input: Parameters<Documents[K]>[0] } }[keyof Documents];

export function drawDocument(job: PdfJob): Promise<Buffer> {
  const draw = DOCUMENTS[job.kind] as (input: PdfJob["input"]) => Promise<Buffer>;
  return draw(job.input);
}
