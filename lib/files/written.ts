// The documents Atelier writes for a dossier (lib/pdf/), as their forms fill them. Pure: the forms import
// these schemas; lib/submit/write-document.ts turns them into REPORT documents.
import { z } from "zod";
import { fr } from "@/lib/i18n/fr";

export const CONCLUSIONS = ["warranty", "quote", "irreparable", "outOfWarranty"] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

/** The status an expertise's conclusion suggests: sent only when the technician clicks it. */
export const SUGGESTED_AFTER: Record<Conclusion, "REPPROG" | "PRIR" | "PRHG" | "quote"> = {
  warranty: "REPPROG",
  quote: "quote",
  irreparable: "PRIR",
  outOfWarranty: "PRHG",
};

export const expertiseReportForm = z.object({
  findings: z.string().trim().min(1, fr.forms.findingsRequired).max(4000),
  tests: z.string().trim().max(4000),
  parts: z.string().trim().max(2000),
  conclusion: z.enum(CONCLUSIONS),
});

export const destructionCertificateForm = z.object({
  destroyedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, fr.forms.destroyedOn),
  method: z.string().trim().min(1, fr.forms.methodRequired).max(500),
  by: z.string().trim().min(1).max(200),
});

export const writtenDocumentInput = z.object({
  requestId: z.uuid(),
  demandNumber: z.string().min(1).max(50),
  document: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("expertise"), fields: expertiseReportForm }),
    z.object({ kind: z.literal("destruction"), fields: destructionCertificateForm }),
  ]),
});
export type WrittenDocumentInput = z.output<typeof writtenDocumentInput>;
