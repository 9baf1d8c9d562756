import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { APP_PORT, BASE_URL, CHROMIUM_ARGS, DEBIAN_CHROMIUM, E2E_DIR, PUSH_SECRET, SIM_PORT } from "./e2e/support/paths";

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
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    locale: "fr-FR",
    trace: "retain-on-failure",
  },
  projects: [
    // Signs each demo user in once and saves the cookies in .e2e/state/<role>.json.
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { ...browser } },
    { name: "chromium", dependencies: ["setup"], use: { ...browser } },
  ],
  webServer: {
    command: "rm -rf .e2e && mkdir -p .e2e && node scripts/run-with-simulator.mjs start",
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
      // A demo in production mode, on purpose; and a "proxy" in front (the tests), so each browser context
      // signs in from an address of its own (X-Forwarded-For) and one test's lock-out never hits another.
      ATELIER_DEMO: "1",
      TRUSTED_PROXIES: "1",
      PUSH_SECRET,
    },
  },
});
