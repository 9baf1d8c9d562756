import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run on a production build (`next build` first) with the simulator, on ports and data
// files of their own so they never touch a developer's running app.
const APP_PORT = 3100;
const SIM_PORT = 4110;
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    locale: "fr-FR",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: existsSync(DEBIAN_CHROMIUM)
          ? {
              executablePath: DEBIAN_CHROMIUM,
              args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            }
          : {},
      },
    },
  ],
  webServer: {
    command: "rm -rf .e2e && mkdir -p .e2e && node scripts/run-with-simulator.mjs start",
    url: `http://127.0.0.1:${APP_PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(APP_PORT),
      HOSTNAME: "127.0.0.1",
      SIMULATOR_PORT: String(SIM_PORT),
      SIM_LATENCY_MS: "0",
      SIM_DB_PATH: ".e2e/simulator.db",
      DATABASE_PATH: ".e2e/atelier.db",
      RMA_API_BASE_URL: "",
    },
  },
});
