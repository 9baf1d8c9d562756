import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The data layer's tests, which run on both engines with the same assertions: on SQLite files, and on
 * databases of a throwaway PostgreSQL cluster that the run starts and removes (tests/support/postgres-global.ts).
 */
const DATA_LAYER = [
  "tests/dossiers/**/*.test.ts",
  "tests/outbox/**/*.test.ts",
  "tests/notifications/{events,digest,demo-story}.test.ts",
  "tests/quotes/{numbering,price-list}.test.ts",
  "tests/managers/**/*.test.ts",
  "tests/auth-hardening.test.ts",
  "tests/uploads/content-checks.test.ts",
  "tests/tenancy/centre-{databases,add,eviction}.test.ts",
  "tests/db/migrate-forward.test.ts",
  "tests/**/*.pg.test.ts",
];

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside React Server Components; tests run the server code directly.
      "server-only": fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses; Vite's does not.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 20_000,
    projects: [
      // *.pg.test.ts: what only PostgreSQL has (several instances on one database).
      { extends: true, test: { name: "sqlite", include: ["tests/**/*.test.ts"], exclude: ["tests/**/*.pg.test.ts"] } },
      {
        extends: true,
        test: {
          name: "postgresql",
          include: DATA_LAYER,
          // Selects PostgreSQL's tables in db/schema; each test's own database comes from the cluster.
          env: { DATABASE_URL: "postgres://atelier@127.0.0.1/cluster-de-test" },
          globalSetup: ["tests/support/postgres-global.ts"],
        },
      },
    ],
  },
});
