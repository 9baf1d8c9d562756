import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { DOSSIER_TYPES, STATUS_CODES } from "@/lib/rma/constants";

/**
 * The local mirror of the platform's dossiers (3.9), filled by the sync and by Atelier's own writes.
 * The UI reads from here: the platform only answers "the dossiers at status X", ~350 ms a call.
 */
export const dossiers = sqliteTable(
  "dossiers",
  {
    demandNumber: text("demand_number").primaryKey(),
    type: text("type", { enum: DOSSIER_TYPES }).notNull(),
    statusCode: text("status_code", { enum: STATUS_CODES }).notNull(),
    statusLabel: text("status_label"),
    statusComment: text("status_comment"),
    agreementNumber: text("agreement_number"),
    /** As the platform writes it, "2021-09-22 09:45:17". */
    createdAtText: text("created_at_text"),
    /** The same, as a timestamp, for sorting and ages. */
    createdAt: integer("created_at", { mode: "timestamp_ms" }),
    purchaseDate: text("purchase_date"),
    serialNumber: text("serial_number"),
    imeiNumber: text("imei_number"),
    ean: text("ean"),
    partNumber: text("part_number"),
    brand: text("brand"),
    problemDescription: text("problem_description"),
    faultCode: text("fault_code"),
    returnTo: text("return_to"),
    resellerCode: text("reseller_code"),
    siteName: text("site_name"),
    siteMail: text("site_mail"),
    siteCode: text("site_code"),
    siteStreet: text("site_street"),
    siteStreetNumber: text("site_street_number"),
    siteAddressCompl: text("site_address_compl"),
    siteZipCode: text("site_zip_code"),
    siteCity: text("site_city"),
    siteCountry: text("site_country"),
    clientName: text("client_name"),
    clientMail: text("client_mail"),
    quoteTreatment: text("quote_treatment"),
    trackingNumber: text("tracking_number"),
    carrierName: text("carrier_name"),
    /** Fields the platform sent that we do not name, as JSON. */
    extra: text("extra").notNull().default("{}"),
    /** When we first saw the dossier at its current status. */
    statusChangedAt: integer("status_changed_at", { mode: "timestamp_ms" }).notNull(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    /** The last sync of its status did not return it any more: kept as last known, and marked. */
    missing: integer("missing", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("dossiers_status").on(t.statusCode, t.createdAt),
    index("dossiers_created").on(t.createdAt),
    index("dossiers_changed").on(t.statusChangedAt),
    index("dossiers_reseller").on(t.resellerCode),
    index("dossiers_brand").on(t.brand),
  ],
);

export type DossierRow = typeof dossiers.$inferSelect;
