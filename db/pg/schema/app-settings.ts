// PostgreSQL twin of db/schema/app-settings.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { pgTable, text } from "drizzle-orm/pg-core";

export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
