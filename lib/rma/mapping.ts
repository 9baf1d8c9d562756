// The one place where our camelCase model meets the wire names of the document.
import { Base64Bytes } from "./base64-bytes";
import { optionalPlatformCode, platformCode } from "./codes";
import { isDossierType, isStatusCode } from "./constants";
import { centsToWirePrice } from "../money";
import type {
  AcceptRequest,
  AddDocumentRequest,
  MessageRequest,
  QuotationRequest,
  RefuseRequest,
  StatusRequest,
  TrackingRequest,
  WireDocument,
  WireDossier,
} from "./wire";
import type {
  AcceptInput,
  AddDocumentInput,
  Dossier,
  MessageInput,
  QuotationInput,
  RefuseInput,
  RmaDocument,
  StatusInput,
  TrackingInput,
} from "./model";

/** A file for a request body: base64 on the wire, written as the request goes out (lib/rma/json-body.ts). */
export const toBase64 = (bytes: Uint8Array): Base64Bytes => new Base64Bytes(bytes);

// Fields that the document's examples show are always sent, as "" when we have nothing (3.2, 3.8);
// fields only named in prose (quote_comment, the accept's status_code) are sent only when given.

export function toAcceptRequest(input: AcceptInput): AcceptRequest {
  return {
    demand_numero: input.demandNumber,
    agreement_numero: input.agreementNumber,
    agreement_content: input.agreementFile ? toBase64(input.agreementFile) : "",
    ...(input.nextStatus ? { status_code: input.nextStatus } : {}),
    status_comment: input.comment ?? "",
  };
}

export function toRefuseRequest(input: RefuseInput): RefuseRequest {
  return { demand_numero: input.demandNumber, reason: input.reason };
}

export function toMessageRequest(input: MessageInput): MessageRequest {
  return { demand_number: input.demandNumber, message: input.message };
}

export function toStatusRequest(input: StatusInput): StatusRequest {
  return { demand_number: input.demandNumber, status_code: input.statusCode, status_comment: input.comment ?? "" };
}

export function toTrackingRequest(input: TrackingInput): TrackingRequest {
  return {
    demand_number: input.demandNumber,
    tracking_number: input.trackingNumber,
    label_content: toBase64(input.label),
    carrier_name: input.carrierName,
    type: input.direction,
  };
}

export function toAddDocumentRequest(input: AddDocumentInput): AddDocumentRequest {
  return {
    demand_number: input.demandNumber,
    file_name: input.fileName,
    file_content: toBase64(input.content),
    ...(input.type ? { type: input.type } : {}),
  };
}

/**
 * ASSUMPTION: 3.8 shows `price` on each line of the quote without saying whether it is the unit price or
 * the line total (its example has quantity "1"). We send the unit price; the quote's PDF shows both. Should
 * the platform read it as the line total, this one setting changes what goes out.
 */
export const QUOTE_PRICE_IS: "unit" | "line" = "unit";

export function toQuotationRequest(input: QuotationInput): QuotationRequest {
  return {
    demand_number: input.demandNumber,
    quote_number: input.quoteNumber,
    quote_file: input.quoteFile ? toBase64(input.quoteFile) : "",
    prestation: input.lines.map((line) => ({
      label_prestation: line.label,
      quantity: String(line.quantity),
      price: centsToWirePrice(QUOTE_PRICE_IS === "unit" ? line.unitPriceCents : line.quantity * line.unitPriceCents),
    })),
    ...(input.comment ? { quote_comment: input.comment } : {}),
  };
}

const KNOWN_DOSSIER_FIELDS = new Set([
  "type", "demand_number", "agreement_number", "date", "current_status_code", "current_status_label",
  "current_status_comment", "purchase_date", "serial_number", "imei_number", "ean", "part_number", "brand",
  "problem_description", "fault_code", "return_to", "reseller_code", "site_name", "site_mail", "site_code",
  "site_address_street", "site_address_street_number", "site_address_compl", "site_address_zip_code",
  "site_address_city", "site_address_country", "client_name", "client_mail", "quote_treatment",
  "tracking_number", "carrier_name",
]);

const orNull = (value: string | null | undefined): string | null => (value === undefined || value === "" ? null : value);

export function fromWireDossier(wire: WireDossier): Dossier {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wire)) {
    if (!KNOWN_DOSSIER_FIELDS.has(key) && value !== undefined) extra[key] = value;
  }
  const type = platformCode(wire.type);
  const statusCode = platformCode(wire.current_status_code);
  // A code as it came, when normalising changed it and Atelier does not know it: kept to be shown as sent.
  if (type !== wire.type && !isDossierType(type)) extra.type = wire.type;
  if (statusCode !== wire.current_status_code && !isStatusCode(statusCode)) extra.current_status_code = wire.current_status_code;
  return {
    type,
    demandNumber: wire.demand_number,
    agreementNumber: orNull(wire.agreement_number),
    createdAt: orNull(wire.date),
    statusCode,
    statusLabel: orNull(wire.current_status_label),
    statusComment: orNull(wire.current_status_comment),
    purchaseDate: orNull(wire.purchase_date),
    serialNumber: orNull(wire.serial_number),
    imeiNumber: orNull(wire.imei_number),
    ean: orNull(wire.ean),
    partNumber: orNull(wire.part_number),
    brand: orNull(wire.brand),
    problemDescription: orNull(wire.problem_description),
    faultCode: orNull(wire.fault_code),
    returnTo: orNull(wire.return_to),
    resellerCode: orNull(wire.reseller_code),
    siteName: orNull(wire.site_name),
    siteMail: orNull(wire.site_mail),
    siteCode: orNull(wire.site_code),
    siteStreet: orNull(wire.site_address_street),
    siteStreetNumber: orNull(wire.site_address_street_number),
    siteAddressCompl: orNull(wire.site_address_compl),
    siteZipCode: orNull(wire.site_address_zip_code),
    siteCity: orNull(wire.site_address_city),
    siteCountry: orNull(wire.site_address_country),
    clientName: orNull(wire.client_name),
    clientMail: orNull(wire.client_mail),
    quoteTreatment: optionalPlatformCode(wire.quote_treatment),
    trackingNumber: orNull(wire.tracking_number),
    carrierName: orNull(wire.carrier_name),
    extra,
  };
}

export function fromWireDocument(wire: WireDocument): RmaDocument {
  return {
    type: optionalPlatformCode(wire.type),
    fileName: (wire.file_name ?? wire.name) as string,
    content: Buffer.from((wire.file_content ?? wire.content) as string, "base64"),
    date: wire.date ?? null,
  };
}
