// PostgreSQL twin of db/schema/sync-state.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { boolean, integer, pgTable, text } from "drizzle-orm/pg-core";
import { ms } from "./types";

export const syncState = pgTable("sync_state", {
  // A status code (lib/rma/constants): the sync writes only those it asks for.
  statusCode: text("status_code").primaryKey(),
  lastSuccessAt: ms("last_success_at"),
  lastErrorAt: ms("last_error_at"),
  /** The failure's RmaError kind (auth, upstream, bad_reply…), or "internal". */
  lastError: text("last_error"),
  lastErrorHttp: integer("last_error_http"),
  /** The offending field of a bad reply, e.g. "data". */
  lastErrorField: text("last_error_field"),
  lastErrorNonJson: boolean("last_error_non_json").notNull().default(false),
  count: integer("count").notNull().default(0),
  /** Dossiers of the last good call that did not fit the format (kept in `quarantine`). */
  rejected: integer("rejected").notNull().default(0),
});
