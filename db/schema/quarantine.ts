import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Dossiers the platform listed that do not fit the format, kept aside as they came: the other dossiers of
 * their status sync normally, and an admin sees these on "Données à vérifier". A status's rows are replaced
 * at each good read of that status, so a dossier the platform corrected leaves on its own.
 */
export const quarantine = sqliteTable(
  "quarantine",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The status whose list carried it (retrieverequests?status=…), or "push". */
    source: text("source").notNull(),
    demandNumber: text("demand_number"),
    field: text("field").notNull(),
    reason: text("reason").notNull(),
    /** The entry as received, JSON. */
    raw: text("raw").notNull(),
    firstSeenAt: integer("first_seen_at", { mode: "timestamp_ms" }).notNull(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("quarantine_source").on(t.source)],
);

export type QuarantineRow = typeof quarantine.$inferSelect;
