// Wire schemas of the RMA Manager API: field names exactly as the document shows them, route by route.
// Do not "harmonise" them: accept/refuse say demand_numero, the other routes say demand_number.
// Pure zod, no server-only. The simulator has its own reading of the document (simulator/wire-schemas.ts):
// these schemas are Atelier's, and a mistake in them must be able to fail a test against it.
import { z } from "zod";
import { Base64Bytes } from "./base64-bytes";
import { CENTRE_STATUS_CODES, TRACKING_TYPES, UPLOAD_DOCUMENT_TYPES } from "./constants";
import { frOps } from "@/lib/i18n/fr-ops";

const required = z.string().trim().min(1);
/** Base64 as the document uses it for files; "" stands for "no file" where the example sends "". */
export const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "contenu base64 invalide");
/** What we send in a file field: the bytes themselves, encoded as the request goes out (lib/rma/json-body.ts), or "". */
const outgoingFile = z.union([z.literal(""), z.instanceof(Base64Bytes)]);
/** Decimal-comma price, as in the document's quote example: "158,45". */
export const wirePrice = z.string().regex(/^\d+(,\d{1,2})?$/, 'prix attendu au format "158,45"');
/** Quantities travel as strings of a positive integer: "1". */
export const wireQuantity = z.string().regex(/^[1-9]\d*$/, frOps.platform.quantity);

// 3.1 token/create
export const tokenRequest = z.object({
  client_secret: required,
  client_id: required,
  grant_type: z.literal("client_credentials"),
});
export type TokenRequest = z.infer<typeof tokenRequest>;

/** The document's reply to token/create is a bare object, not the {status,message,data} envelope. */
export const tokenReply = z.looseObject({
  access_token: required,
  // A lifetime written "3600" is as good as 3600.
  expires_in: z.union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)]).pipe(z.number().int().positive()),
  token_type: z.string(),
  scope: z.string().optional(),
});
export type TokenReply = z.infer<typeof tokenReply>;

// 3.2 demands/accept
export const acceptRequest = z.object({
  demand_numero: required,
  agreement_numero: required,
  agreement_content: outgoingFile,
  status_code: z.enum(CENTRE_STATUS_CODES).optional(),
  status_comment: z.string(),
});
export type AcceptRequest = z.infer<typeof acceptRequest>;

// 3.3 demands/refuse
export const refuseRequest = z.object({
  demand_numero: required,
  reason: required,
});
export type RefuseRequest = z.infer<typeof refuseRequest>;

// 3.4 demands/message
// ASSUMPTION: the document shows no body for this route (its screenshot is missing). We send
// demand_number (as every route but accept/refuse does) and the text in `message`.
export const messageRequest = z.object({
  demand_number: required,
  message: required,
});
export type MessageRequest = z.infer<typeof messageRequest>;

// 3.5 demands/status
// ASSUMPTION: no body shown either. We reuse the names of the accept route for the status itself
// (status_code, status_comment) and demand_number for the dossier.
export const statusRequest = z.object({
  demand_number: required,
  status_code: z.enum(CENTRE_STATUS_CODES),
  status_comment: z.string(),
});
export type StatusRequest = z.infer<typeof statusRequest>;

// 3.6 demands/tracking
export const trackingRequest = z.object({
  demand_number: required,
  tracking_number: required,
  label_content: outgoingFile,
  carrier_name: required,
  type: z.enum(TRACKING_TYPES),
});
export type TrackingRequest = z.infer<typeof trackingRequest>;

// 3.7 demands/adddocument
export const addDocumentRequest = z.object({
  demand_number: required,
  file_name: required,
  file_content: z.instanceof(Base64Bytes).refine((file) => file.bytes.length > 0, frOps.platform.emptyFile),
  type: z.enum(UPLOAD_DOCUMENT_TYPES).optional(),
});
export type AddDocumentRequest = z.infer<typeof addDocumentRequest>;

// 3.8 demands/quotation
export const quoteLine = z.object({
  label_prestation: required,
  quantity: wireQuantity,
  price: wirePrice,
});
export const quotationRequest = z.object({
  demand_number: required,
  quote_number: required,
  quote_file: outgoingFile,
  prestation: z.array(quoteLine).min(1),
  quote_comment: z.string().optional(),
});
export type QuotationRequest = z.infer<typeof quotationRequest>;

/**
 * A text field as the platform may send it: a string, or a number kept as its exact digits (an EAN or a
 * street number sent as a JSON number; lib/rma/json-text.ts keeps long ones exact). null, absent and ""
 * all mean "not given".
 */
export const wireText = z
  .union([z.string(), z.number().transform((n) => String(n))])
  .nullable()
  .optional()
  .transform((v) => (v === undefined || v === null || v.trim() === "" ? null : v));
const requiredText = z.union([z.string(), z.number().transform((n) => String(n))]).pipe(z.string().trim().min(1, "valeur manquante"));

/**
 * One dossier as 3.9 lists it. Only the number, the type and the status are required; the type and the
 * status are kept as they came (PMS, or a code the annex does not list, are stored and shown raw).
 * Unknown fields (client_* beyond name and mail, for instance) are kept.
 */
export const wireDossier = z.looseObject({
  type: requiredText,
  demand_number: requiredText,
  agreement_number: wireText,
  date: wireText,
  current_status_code: requiredText,
  current_status_label: wireText,
  current_status_comment: wireText,
  purchase_date: wireText,
  serial_number: wireText,
  imei_number: wireText,
  ean: wireText,
  part_number: wireText,
  brand: wireText,
  problem_description: wireText,
  fault_code: wireText,
  return_to: wireText,
  reseller_code: wireText,
  site_name: wireText,
  site_mail: wireText,
  site_code: wireText,
  site_address_street: wireText,
  site_address_street_number: wireText,
  site_address_compl: wireText,
  site_address_zip_code: wireText,
  site_address_city: wireText,
  site_address_country: wireText,
  client_name: wireText,
  client_mail: wireText,
  quote_treatment: wireText,
  tracking_number: wireText,
  carrier_name: wireText,
});
export type WireDossier = z.infer<typeof wireDossier>;

/**
 * The list of 3.9, before each dossier is read on its own. "Le champ data retourne un tableau de json";
 * an empty status may also come as null, {} or no data at all, which all mean an empty list.
 * ASSUMPTION: a non-empty object whose values are all objects is a list keyed by index (as PHP encodes an
 * array with holes); anything else is a reply we cannot read.
 */
export const retrieveReplyData = z
  .union([z.array(z.unknown()), z.record(z.string(), z.unknown()), z.null(), z.undefined()])
  .transform((data, ctx) => {
    if (data === null || data === undefined) return [];
    if (Array.isArray(data)) return data;
    const values = Object.values(data);
    if (values.every((v) => v !== null && typeof v === "object")) return values;
    ctx.addIssue({ code: "custom", message: "liste de dossiers attendue" });
    return z.NEVER;
  });

// 3.10 demands/documents
// ASSUMPTION: the document lists only the possible `type` values. We send {demand_number} and expect an
// array of {type, file_name, file_content (base64)}; `name`/`content` are accepted as aliases and any
// other field is kept, so that a slightly different real reply still parses.
export const documentsRequest = z.object({ demand_number: required });
export type DocumentsRequest = z.infer<typeof documentsRequest>;
export const wireDocument = z
  .looseObject({
    type: z.string().nullable().optional(),
    file_name: z.string().optional(),
    name: z.string().optional(),
    file_content: z.string().optional(),
    content: z.string().optional(),
    date: z.string().nullable().optional(),
  })
  .refine((d) => (d.file_name ?? d.name) !== undefined, { message: "file_name manquant", path: ["file_name"] })
  .refine((d) => (d.file_content ?? d.content) !== undefined, {
    message: "file_content manquant",
    path: ["file_content"],
  });
export type WireDocument = z.infer<typeof wireDocument>;
export const documentsReplyData = z.array(wireDocument);

// The reply envelope of every route but token/create.
// ASSUMPTION: the document shows only a success ("status": "OK", "message": "Success"). We take any other
// status ("KO", "ERROR"...) as the platform refusing the call, with its reason in `message`, which may be a
// string or an object of field messages; `data` may be absent on writes.
export const envelope = z.looseObject({
  status: z.string(),
  message: z.unknown().optional(),
  data: z.unknown().optional(),
});
export type Envelope = z.infer<typeof envelope>;

/** Bodies of the writes' replies are undocumented: we keep whatever `data` holds, unchecked. */
export const writeReplyData = z.unknown();
