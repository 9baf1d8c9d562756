import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Per status code: the last good retrieverequests call, and the last failure if it came after. */
export const syncState = sqliteTable("sync_state", {
  // A status code (lib/rma/constants): the sync writes only those it asks for.
  statusCode: text("status_code").primaryKey(),
  lastSuccessAt: integer("last_success_at", { mode: "timestamp_ms" }),
  lastErrorAt: integer("last_error_at", { mode: "timestamp_ms" }),
  /** The failure's RmaError kind (auth, upstream, bad_reply…), or "internal". */
  lastError: text("last_error"),
  lastErrorHttp: integer("last_error_http"),
  /** The offending field of a bad reply, e.g. "data". */
  lastErrorField: text("last_error_field"),
  lastErrorNonJson: integer("last_error_non_json", { mode: "boolean" }).notNull().default(false),
  count: integer("count").notNull().default(0),
  /** Dossiers of the last good call that did not fit the format (kept in `quarantine`). */
  rejected: integer("rejected").notNull().default(0),
});
