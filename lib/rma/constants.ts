// Vocabulary of the RMA Manager API (document v1.0, 2021-09-01). Labels are the annex's own (5.1), verbatim,
// so that what a technician reads matches what the reseller reads on revers.io.
// Pure data: imported by the UI, the client and the simulator alike.
import { DOSSIER_TYPE_WORDS, STATUS_WORDS } from "../i18n/vocabulary";


export const STATUS_LABELS = STATUS_WORDS;

export type StatusCode = keyof typeof STATUS_LABELS;
export const STATUS_CODES = Object.keys(STATUS_LABELS) as [StatusCode, ...StatusCode[]];

/**
 * Codes that only the reseller's side sets: the platform creates dossiers at RMAD, accept/refuse produce
 * RMAOK/RMANOK, and the reseller answers quotes (VDE/RDE) and information requests (INFREV).
 * A repair centre never sends them through demands/status.
 */
export const RESELLER_ONLY_STATUS_CODES = ["RMAD", "RMAOK", "RMANOK", "VDE", "RDE", "INFREV"] as const satisfies readonly StatusCode[];
export type ResellerOnlyStatusCode = (typeof RESELLER_ONLY_STATUS_CODES)[number];
export type CentreStatusCode = Exclude<StatusCode, ResellerOnlyStatusCode>;
export const CENTRE_STATUS_CODES = STATUS_CODES.filter(
  (code): code is CentreStatusCode => !(RESELLER_ONLY_STATUS_CODES as readonly string[]).includes(code),
) as [CentreStatusCode, ...CentreStatusCode[]];

export function isStatusCode(value: string): value is StatusCode {
  return Object.hasOwn(STATUS_LABELS, value);
}

export function isCentreStatusCode(value: string): value is CentreStatusCode {
  return isStatusCode(value) && !(RESELLER_ONLY_STATUS_CODES as readonly string[]).includes(value);
}

/** Flow type of a dossier (3.9): repair, or dead on arrival ("panne au déballage"). */
export const DOSSIER_TYPES = ["REP", "PAD"] as const;
export type DossierType = (typeof DOSSIER_TYPES)[number];
export const isDossierType = (value: string): value is DossierType => (DOSSIER_TYPES as readonly string[]).includes(value);
export const DOSSIER_TYPE_LABELS: Record<DossierType, string> = DOSSIER_TYPE_WORDS;

/** Where the product goes back to (3.9). */
export const RETURN_TO = ["USER", "STORE"] as const;
export type ReturnTo = (typeof RETURN_TO)[number];

/** What to do with the product after a refused quote (3.9). */
export const QUOTE_TREATMENTS = ["DESTRUCT", "RETURN"] as const;
export type QuoteTreatment = (typeof QUOTE_TREATMENTS)[number];

/** Direction of a transport label (3.6). */
export const TRACKING_TYPES = ["CLIENT_TO_CENTER", "CENTER_TO_CLIENT"] as const;
export type TrackingType = (typeof TRACKING_TYPES)[number];

/** Types a centre may give to a document it sends (3.7). */
export const UPLOAD_DOCUMENT_TYPES = ["AGREEMENT", "PICTURE", "REPORT", "OTHER"] as const;
export type UploadDocumentType = (typeof UPLOAD_DOCUMENT_TYPES)[number];

/** Types the platform gives to the documents it returns (3.10). */
export const STORED_DOCUMENT_TYPES = [
  "OTHER",
  "INVOICE",
  "AGREEMENT",
  "TRANSPORT",
  "REPORT",
  "QUOTE",
  "DESTRUCTION_VOUCHER",
  "NAMEPLATE_PICTURE",
] as const;
export type StoredDocumentType = (typeof STORED_DOCUMENT_TYPES)[number];

/** Resellers named by the document (3.9, reseller_code). */
export const RESELLER_CODES = ["AUCHAN", "CARREFOUR", "BOULANGER", "RDC", "FNAC"] as const;
export type ResellerCode = (typeof RESELLER_CODES)[number];
