// Our side of the API: camelCase, cents, bytes. lib/rma/mapping.ts is the only place that converts.
import type { CentreStatusCode, TrackingType, UploadDocumentType } from "./constants";

export interface AcceptInput {
  demandNumber: string;
  agreementNumber: string;
  /** Optional agreement document (PDF or image). */
  agreementFile?: Uint8Array;
  /** The status to move to at once (3.2), e.g. ATTEXP. */
  nextStatus?: CentreStatusCode;
  comment?: string;
}

export interface RefuseInput {
  demandNumber: string;
  reason: string;
}

export interface MessageInput {
  demandNumber: string;
  message: string;
}

export interface StatusInput {
  demandNumber: string;
  statusCode: CentreStatusCode;
  comment?: string;
}

export interface TrackingInput {
  demandNumber: string;
  trackingNumber: string;
  carrierName: string;
  direction: TrackingType;
  label: Uint8Array;
}

export interface AddDocumentInput {
  demandNumber: string;
  fileName: string;
  content: Uint8Array;
  type?: UploadDocumentType;
}

export interface QuoteLine {
  label: string;
  /** A positive integer. */
  quantity: number;
  /** Unit price in integer cents. */
  unitPriceCents: number;
}

export interface QuotationInput {
  demandNumber: string;
  quoteNumber: string;
  lines: QuoteLine[];
  quoteFile?: Uint8Array;
  comment?: string;
}

/** A dossier as 3.9 describes it, flattened. Absent and null fields are null. */
export interface Dossier {
  /** REP or PAD as the document lists them, or any other code (PMS…) kept as sent. */
  type: string;
  demandNumber: string;
  agreementNumber: string | null;
  /** Creation date as the platform gives it ("2021-09-22 09:45:17", French local time). */
  createdAt: string | null;
  /** A code of the annex, or an unknown one kept as sent. */
  statusCode: string;
  statusLabel: string | null;
  statusComment: string | null;
  purchaseDate: string | null;
  serialNumber: string | null;
  imeiNumber: string | null;
  ean: string | null;
  partNumber: string | null;
  brand: string | null;
  problemDescription: string | null;
  faultCode: string | null;
  returnTo: string | null;
  resellerCode: string | null;
  siteName: string | null;
  siteMail: string | null;
  siteCode: string | null;
  siteStreet: string | null;
  siteStreetNumber: string | null;
  siteAddressCompl: string | null;
  siteZipCode: string | null;
  siteCity: string | null;
  siteCountry: string | null;
  clientName: string | null;
  clientMail: string | null;
  quoteTreatment: string | null;
  trackingNumber: string | null;
  carrierName: string | null;
  /** Every field the platform sent that we do not name above (other client_* fields, for instance). */
  extra: Record<string, unknown>;
}

export interface RmaDocument {
  /** One of STORED_DOCUMENT_TYPES in principle; kept as sent. */
  type: string | null;
  fileName: string;
  content: Buffer;
  date: string | null;
}

/** A dossier of a 3.9 list that does not fit the format: kept aside, never applied to the mirror. */
export interface RejectedDossier {
  /** Its number, when the platform gave a readable one. */
  demandNumber: string | null;
  /** The offending field, e.g. "serial_number" (empty when the entry is not an object at all). */
  field: string;
  reason: string;
  raw: unknown;
}

export interface RetrieveResult {
  dossiers: Dossier[];
  rejected: RejectedDossier[];
}
