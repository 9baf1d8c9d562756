// Where the e2e server keeps its files (see playwright.config.ts's webServer env).
export const E2E_DIR = ".e2e";
export const APP_DB = `${E2E_DIR}/atelier.db`;
export const stateFile = (role: string) => `${E2E_DIR}/state/${role}.json`;
export const APP_PORT = 3100;
export const SIM_PORT = 4110;
export const BASE_URL = `http://127.0.0.1:${APP_PORT}`;
/** Contexts made with browser.newContext() inherit the test's storageState: this one has none. */
export const SIGNED_OUT = { cookies: [], origins: [] };
/** The e2e server's PUSH mode secret (test-only value, set in playwright.config.ts). */
export const PUSH_SECRET = "e2e-push-secret-0123456789-abcdefghij";
/** Debian's Chromium (Playwright cannot download its own here) and the flags every test browser runs with. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
