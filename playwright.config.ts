import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { APP_PORT, BASE_URL, CENTRE_KEY, CHROMIUM_ARGS, DEBIAN_CHROMIUM, E2E_DIR, LYON, METRICS_TOKEN, PUSH_SECRET, SERVER_LOG, SIM_PORT } from "./e2e/support/paths";

// The second centre, as an operator adds one (its secret, then its admin's password, on standard input).
const addLyon = [
  `printf '%s\\n%s\\n' '${LYON.clientSecret}' '${LYON.admin.password}' |`,
  "npm run --silent centre:add --",
  `--slug ${LYON.slug} --name '${LYON.name}' --url http://127.0.0.1:${LYON.simPort}/api/ --client-id ${LYON.clientId}`,
  `--admin-email ${LYON.admin.email} --admin-name '${LYON.admin.name}'`,
].join(" ");

// End-to-end tests run on a production build (`next build` first) with the simulator, on ports and data
// files of their own so they never touch a developer's running app.
const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: existsSync(DEBIAN_CHROMIUM)
    ? {
        executablePath: DEBIAN_CHROMIUM,
        args: CHROMIUM_ARGS,
      }
    : {},
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // A test that fails now and then is a defect to find, not to retry; a stray test.only fails CI.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    locale: "fr-FR",
    // A trace records every test to keep the failing ones': ~18 % of the run's time on two cores (30 tests:
    // 2.0 min without, 2.4–2.5 with). CI's clean clone keeps no file to open afterwards, so there it is off; a
    // failure run again here gets its trace in test-results/.
    trace: process.env.CI ? "off" : "retain-on-failure",
  },
  projects: [
    // Signs each demo user in once and saves the cookies in .e2e/state/<role>.json.
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { ...browser } },
    { name: "chromium", dependencies: ["setup"], use: { ...browser } },
    // After all the others: what the server wrote while they ran holds no secret and no client's data.
    { name: "server-log", dependencies: ["chromium"], testMatch: /server-log\.check\.ts/ },
  ],
  webServer: [
    {
      // The server's whole log is kept: e2e/server-log.check.ts reads it once every test has run.
      command: `rm -rf .e2e && mkdir -p .e2e && ${addLyon} && node scripts/run-with-simulator.mjs start 2>&1 | tee ${SERVER_LOG}`,
      url: BASE_URL,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(APP_PORT),
        HOSTNAME: "127.0.0.1",
        SIMULATOR_PORT: String(SIM_PORT),
        SIM_LATENCY_MS: "0",
        SIM_DB_PATH: `${E2E_DIR}/simulator.db`,
        DATABASE_PATH: `${E2E_DIR}/atelier.db`,
        RMA_API_BASE_URL: "",
        // Each test changes the simulator and reads the change back at once, from many workers: every
        // "Actualiser" must be a sync of its own (sharing and its limits are tests/dossiers/sync-limits.test.ts's).
        SYNC_SHARE_MS: "0",
        SYNC_REQUESTS_PER_MINUTE: "100000",
        // A demo in production mode, on purpose; and a "proxy" in front (the tests), so each browser context
        // signs in from an address of its own (X-Forwarded-For) and one test's lock-out never hits another.
        ATELIER_DEMO: "1",
        TRUSTED_PROXIES: "1",
        PUSH_SECRET,
        METRICS_TOKEN,
        ATELIER_SECRET_KEY: CENTRE_KEY,
      },
    },
    {
      // The second centre's platform: another simulator, other credentials, other dossiers.
      command: `rm -rf ${LYON.dir} && node --import tsx simulator/main.ts`,
      url: `http://127.0.0.1:${LYON.simPort}/_sim/faults`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        SIMULATOR_PORT: String(LYON.simPort),
        SIM_DB_PATH: `${LYON.dir}/simulator.db`,
        SIM_CLIENT_ID: LYON.clientId,
        SIM_CLIENT_SECRET: LYON.clientSecret,
        SIM_LATENCY_MS: "0",
        SIM_DOSSIERS: "30",
        SIM_FIRST_SEQ: String(LYON.firstSeq),
      },
    },
  ],
});
