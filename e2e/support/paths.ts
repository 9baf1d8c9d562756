// Where the e2e server keeps its files (see playwright.config.ts's webServer env).
export const E2E_DIR = ".e2e";
export const APP_DB = `${E2E_DIR}/atelier.db`;
export const SIM_DB = `${E2E_DIR}/simulator.db`;
export const stateFile = (role: string) => `${E2E_DIR}/state/${role}.json`;
export const APP_PORT = 3100;
export const SIM_PORT = 4110;
export const BASE_URL = `http://127.0.0.1:${APP_PORT}`;
/** Contexts made with browser.newContext() inherit the test's storageState: this one has none. */
export const SIGNED_OUT = { cookies: [], origins: [] };
/** The e2e server's PUSH mode secret (test-only value, set in playwright.config.ts). */
export const PUSH_SECRET = "e2e-push-secret-0123456789-abcdefghij";
export const METRICS_TOKEN = "e2e-metrics-token-0123456789";
/** The e2e server's log, as it wrote it (playwright.config.ts tees it here). */
export const SERVER_LOG = `${E2E_DIR}/server.log`;
/** Debian's Chromium (Playwright cannot download its own here) and the flags every test browser runs with. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** A second centre, added at the terminal before the server starts, on a platform of its own (playwright.config.ts). */
export const CENTRE_KEY = "e2e-atelier-secret-key-0123456789-abcdef";
export const LYON = {
  slug: "lyon",
  name: "Atelier Lyon",
  dir: ".e2e-lyon",
  simPort: 4111,
  clientId: "lyon-client",
  clientSecret: "lyon-platform-secret-e2e-5f3a",
  admin: { email: "chef@lyon.test", password: "mot-de-passe-lyon-e2e", name: "Chef Lyon" },
  /** Its platform numbers its dossiers from 7001: none of them is also one of the main centre's. */
  firstSeq: 7001,
};
/** The second centre's admin's saved session (e2e/auth.setup.ts), and its centre's database file (centre n° 1). */
export const LYON_STATE = "lyon-admin";
export const LYON_DB = `${E2E_DIR}/atelier.centre-1.db`;
