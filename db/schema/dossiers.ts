import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The local mirror of the platform's dossiers (3.9), filled by the sync and by Atelier's own writes.
 * The UI reads from here: the platform only answers "the dossiers at status X", ~350 ms a call.
 */
export const dossiers = sqliteTable(
  "dossiers",
  {
    demandNumber: text("demand_number").primaryKey(),
    /** REP, PAD, or any other code the platform sends (PMS…), kept as it came. */
    type: text("type").notNull(),
    /** A code of the annex, or an unknown one kept as it came (shown as "Statut inconnu (CODE)"). */
    statusCode: text("status_code").notNull(),
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
    /** When a reply of the platform last changed it (or first showed it); a reply that changes nothing writes nothing. */
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    /** The last sync of its status did not return it any more: kept as last known, and marked. */
    missing: integer("missing", { mode: "boolean" }).notNull().default(false),
    /**
     * A digest of the mirrored fields as a reply of the platform last wrote them (lib/dossiers/mirror.ts): a reply
     * with the same digest is not written at all. Cleared by Atelier's own write; none once pseudonymised.
     */
    platformDigest: text("platform_digest"),
    /**
     * A fact of its own, never derived from the current status: we accepted it, or the platform showed it
     * past RMAD. Not mirrored from a reply, so the sync's upsert leaves it alone.
     */
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    /** The treatment a technician chose after an RDE whose treatment the platform did not make readable. */
    chosenTreatment: text("chosen_treatment", { enum: ["RETURN", "DESTRUCT"] }),
    /** The technician who has the dossier: a local fact (users.id), audited, never sent to the platform. */
    assignedTo: integer("assigned_to"),
    /** What came with the product (charger, cable, box…), written at reception and printed on the ticket. Local. */
    accessories: text("accessories"),
    /**
     * When the client's name, e-mail, phone and address were replaced by a pseudonym (retention period, or a
     * person's erasure): the sync then leaves those fields as they are, whatever the platform still shows.
     */
    pseudonymisedAt: integer("pseudonymised_at", { mode: "timestamp_ms" }),
    /**
     * When the dossier's open phase is due, by the centre's deadline rules (lib/dossiers/due.ts), written when
     * its status changes or a rule does; null once it is closed. Local.
     */
    dueAt: integer("due_at", { mode: "timestamp_ms" }),
    /** The deadline rule behind `dueAt` (deadline_rules.id); null for the default, the aging threshold. */
    dueRule: integer("due_rule"),
    /** Where the product sits in the centre (locations.id): moved by scan, left when it is returned. Local. */
    locationId: integer("location_id"),
  },
  (t) => [
    index("dossiers_status").on(t.statusCode, t.createdAt),
    index("dossiers_created").on(t.createdAt),
    index("dossiers_changed").on(t.statusChangedAt),
    index("dossiers_reseller").on(t.resellerCode),
    index("dossiers_brand").on(t.brand),
    index("dossiers_assigned").on(t.assignedTo),
    index("dossiers_type").on(t.type),
    index("dossiers_due").on(t.dueAt),
    // « En retard » and « À risque » counted per status, one index range a status (lib/dossiers/list-dossiers.ts).
    index("dossiers_status_due").on(t.statusCode, t.dueAt),
    index("dossiers_location").on(t.locationId),
  ],
);

export type DossierRow = typeof dossiers.$inferSelect;
