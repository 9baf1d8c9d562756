import { defineConfig } from "drizzle-kit";

// `npx drizzle-kit generate` writes a migration from db/schema; the app applies them itself at start.
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema/sqlite.ts",
  out: "./db/migrations",
});
