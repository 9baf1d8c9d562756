import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { tempFolderForRun } from "./scripts/run-temp.mjs";

// Every temporary file of the run in one folder of its own, removed when the run ends.
tempFolderForRun("atelier-tests-");

/**
 * The data layer's tests, which run on both engines with the same assertions: on SQLite files, and on
 * databases of a throwaway PostgreSQL cluster that the run starts and removes (tests/support/postgres-global.ts).
 * Chosen by what they open, not by a list kept by hand: a test that takes a fresh database
 * (tests/support/database.ts, tests/support/outbox.ts) or a PostgreSQL database of its own
 * (scripts/postgres-cluster.mjs); and every *.pg.test.ts, PostgreSQL only.
 */
const OPENS_A_DATABASE = /from "(\.{1,2}\/)+(support\/(database|outbox)|scripts\/postgres-cluster\.mjs)"/;
const DATA_LAYER = [
  ...readdirSync("tests", { recursive: true, encoding: "utf8" })
    .map((name) => `tests/${name}`)
    .filter((file) => file.endsWith(".test.ts"))
    .filter((file) => !file.endsWith(".pg.test.ts") && OPENS_A_DATABASE.test(readFileSync(file, "utf8"))),
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
    // Two files at a time on two cores (Vitest's default is one fewer than the cores): the tests spend much of
    // their time waiting on the processes, servers and databases they start. 428 → 342–364 s for the whole run.
    maxWorkers: 2,
    // Tests that start processes (`npm run …`, two outbox workers, a centre's database) take longer when
    // another file runs beside them: 16 s for the slowest with its default, too near 20.
    testTimeout: 60_000,
    // The servers the tests start log as in production; info lines would bury the report.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
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
