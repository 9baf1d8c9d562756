// The requests of section 3 as the simulator reads the document, written from the document alone.
// Where the document shows a body, its names and types are required exactly (quantities and prices are
// strings, prices with a decimal comma); where it shows none (3.4, 3.5, 3.10), the simulator accepts the
// readings a careful integrator could make, and nothing else.
import { z } from "zod";
import { SIM_RESELLER_CODES, SIM_STATUS_CODES, SIM_TRACKING_TYPES, SIM_UPLOAD_TYPES } from "./vocabulary";

const filled = z.string().trim().min(1, "obligatoire");
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "base64 attendu");
const centreCode = z
  .string()
  .refine((c) => SIM_STATUS_CODES.includes(c), "code statut inconnu (annexe 5.1)")
  .refine((c) => !SIM_RESELLER_CODES.includes(c), "code réservé au revendeur ou à la plateforme");

// 3.1
export const simTokenRequest = z.object({ client_id: filled, client_secret: filled, grant_type: z.literal("client_credentials") });

// 3.2: the example sends every field; agreement_content and status_comment may be "".
export const simAcceptRequest = z.object({
  demand_numero: filled,
  agreement_numero: filled,
  agreement_content: base64.optional(),
  status_code: z.union([z.literal(""), centreCode]).optional(),
  status_comment: z.string().optional(),
});

// 3.3: "en indiquant la raison du refus".
export const simRefuseRequest = z.object({ demand_numero: filled, reason: filled });

// 3.4: no body shown. The dossier is named as on every other route but accept/refuse; the text may be
// called message, text or content.
export const simMessageRequest = z
  .object({ demand_number: filled, message: z.string().optional(), text: z.string().optional(), content: z.string().optional() })
  .transform((b) => ({ demand_number: b.demand_number, text: (b.message ?? b.text ?? b.content ?? "").trim() }))
  .refine((b) => b.text.length > 0, { message: "texte du message obligatoire", path: ["message"] });

// 3.5: no body shown. status_code as on accept; the comment as status_comment or comment.
export const simStatusRequest = z
  .object({ demand_number: filled, status_code: centreCode, status_comment: z.string().optional(), comment: z.string().optional() })
  .transform((b) => ({ demand_number: b.demand_number, status_code: b.status_code, comment: (b.status_comment ?? b.comment ?? "").trim() || null }));

// 3.6
export const simTrackingRequest = z.object({
  demand_number: filled,
  tracking_number: filled,
  label_content: base64,
  carrier_name: filled,
  type: z.enum(SIM_TRACKING_TYPES),
});

// 3.7: demand_number, file_name, file_content required; type optional but recommended.
export const simAddDocumentRequest = z.object({
  demand_number: filled,
  file_name: filled,
  file_content: base64.min(1, "obligatoire"),
  type: z.enum(SIM_UPLOAD_TYPES).optional(),
});

// 3.8: quantity and price are strings in the example, the price with a decimal comma.
export const simQuotationRequest = z.object({
  demand_number: filled,
  quote_number: filled,
  quote_file: base64.optional(),
  prestation: z
    .array(
      z.object({
        label_prestation: filled,
        quantity: z.string().regex(/^\d+$/, 'quantité en chaîne attendue, ex. "1"'),
        price: z.string().regex(/^\d+(,\d{1,2})?$/, 'prix en chaîne avec virgule attendu, ex. "158,45"'),
      }),
    )
    .min(1, "au moins une prestation"),
  quote_comment: z.string().optional(),
});

// 3.9: the status in the query string.
export const simRetrieveQuery = z.object({ status: z.string().refine((c) => SIM_STATUS_CODES.includes(c), "code statut inconnu") });

// 3.10: no body shown; the dossier as on every route but accept/refuse.
export const simDocumentsRequest = z.object({ demand_number: filled });

export type SimAccept = z.output<typeof simAcceptRequest>;
export type SimRefuse = z.output<typeof simRefuseRequest>;
export type SimMessage = z.output<typeof simMessageRequest>;
export type SimStatus = z.output<typeof simStatusRequest>;
export type SimTracking = z.output<typeof simTrackingRequest>;
export type SimAddDocument = z.output<typeof simAddDocumentRequest>;
export type SimQuotation = z.output<typeof simQuotationRequest>;
