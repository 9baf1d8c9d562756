import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Small key/value settings of this installation (the simulator mode's generated session secret). */
export const appSettings = sqliteTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
