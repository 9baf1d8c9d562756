import { defineConfig } from "drizzle-kit";

// PostgreSQL's migrations: `npx drizzle-kit generate --config drizzle.pg.config.ts`, after the same change
// to db/schema (SQLite) and db/pg/schema (tests/db/schema-drift.test.ts keeps the two alike).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/pg/schema/index.ts",
  out: "./db/pg/migrations",
});
