import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { STATUS_CODES } from "@/lib/rma/constants";

/** Per status code: the last good retrieverequests call, and the last failure if it came after. */
export const syncState = sqliteTable("sync_state", {
  statusCode: text("status_code", { enum: STATUS_CODES }).primaryKey(),
  lastSuccessAt: integer("last_success_at", { mode: "timestamp_ms" }),
  lastErrorAt: integer("last_error_at", { mode: "timestamp_ms" }),
  lastError: text("last_error"),
  count: integer("count").notNull().default(0),
});
