import Database from "better-sqlite3";
import { createHmac } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { BASE_URL, E2E_DIR, PUSH_SECRET, stateFile } from "./support/paths";
import { actionId, callAction } from "./support/server-actions";
import { atStatus } from "./support/simulator";

type Role = "technician" | "manager" | "admin";
const ROLES: Role[] = ["technician", "manager", "admin"];
const ALL: Role[] = ["technician", "manager", "admin"];

/**
 * Every server action, the page it is posted to, and who may run it. A test below fails when an action
 * exists in the build and not here, so a new action cannot escape this matrix.
 */
const ACTIONS: Record<string, { path: string; allowed: Role[] }> = {
  createUserAction: { path: "/admin/utilisateurs", allowed: ["admin"] },
  updateUserAction: { path: "/admin/utilisateurs", allowed: ["admin"] },
  addNoteAction: { path: "/dossiers", allowed: ALL },
  editNoteAction: { path: "/dossiers", allowed: ALL },
  deleteNoteAction: { path: "/dossiers", allowed: ALL },
  submitDossierAction: { path: "/dossiers", allowed: ALL },
  chooseTreatmentAction: { path: "/dossiers", allowed: ALL },
  retryCommandAction: { path: "/dossiers", allowed: ALL },
  abandonCommandAction: { path: "/dossiers", allowed: ALL },
  resendCommandAction: { path: "/dossiers", allowed: ALL },
  markCommandSentAction: { path: "/dossiers", allowed: ALL },
  answerQuoteAction: { path: "/simulateur", allowed: ALL },
  answerInformationAction: { path: "/simulateur", allowed: ALL },
  createSimulatedDossierAction: { path: "/simulateur", allowed: ALL },
  resetSimulatorAction: { path: "/simulateur", allowed: ALL },
  setFaultsAction: { path: "/simulateur", allowed: ALL },
  setProfileAction: { path: "/simulateur", allowed: ALL },
  revokeTokensAction: { path: "/simulateur", allowed: ALL },
};
/** Actions anyone may call: signing in and out. */
const PUBLIC_ACTIONS = ["signInAction", "signOutAction"];

const ROUTES: Array<{ method: "GET" | "POST"; path: string; allowed: Role[] }> = [
  { method: "GET", path: "/api/dossiers", allowed: ALL },
  { method: "GET", path: "/api/sync", allowed: ALL },
  { method: "GET", path: "/api/dossiers/NOPE-0000-0000/documents", allowed: ALL },
  { method: "POST", path: "/api/uploads", allowed: ALL },
  { method: "GET", path: "/api/dossiers/NOPE-0000-0000/documents/0", allowed: ALL },
  { method: "GET", path: "/api/activite", allowed: ["manager", "admin"] },
];

async function contextFor(role: Role | null): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: BASE_URL, storageState: role ? stateFile(role) : { cookies: [], origins: [] } });
}

test.describe("authorization matrix", () => {
  test("every server action of the build is in the matrix", () => {
    const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName: string }> };
    const names = new Set(Object.values(manifest.node).map((v) => v.exportedName));
    expect([...names].filter((n) => !PUBLIC_ACTIONS.includes(n) && !ACTIONS[n])).toEqual([]);
    for (const name of Object.keys(ACTIONS)) expect(actionId(name)).toBeTruthy();
  });

  for (const [name, { path, allowed }] of Object.entries(ACTIONS)) {
    test(`action ${name}: 401 without a session, 403 for the wrong role, through for ${allowed.join(", ")}`, async () => {
      for (const role of [null, ...ROLES] as Array<Role | null>) {
        const context = await contextFor(role);
        // A string fits no schema: an allowed caller gets "invalid" after the checks, and nothing runs.
        const reply = await callAction(context, path, name, ["pas un objet"]);
        const expected = role === null ? "unauthenticated" : allowed.includes(role) ? "invalid" : "forbidden";
        expect(reply.body, `${name} as ${role ?? "nobody"}`).toContain(`"code":"${expected}"`);
        await context.dispose();
      }
    });
  }

  for (const route of ROUTES) {
    test(`route ${route.method} ${route.path}: 401, 403, or through`, async () => {
      for (const role of [null, ...ROLES] as Array<Role | null>) {
        const context = await contextFor(role);
        const response = route.method === "GET" ? await context.get(route.path, { maxRedirects: 0 }) : await context.post(route.path, { multipart: { type: "REPORT" }, maxRedirects: 0 });
        const status = response.status();
        if (role === null) expect(status, `${route.path} as nobody`).toBe(401);
        else if (!allowed(route, role)) expect(status, `${route.path} as ${role}`).toBe(403);
        else expect([401, 403], `${route.path} as ${role}`).not.toContain(status);
        if (status === 401 || status === 403) expect(await response.text()).not.toContain('"data"');
        await context.dispose();
      }
    });
  }
});

const allowed = (route: { allowed: Role[] }, role: Role) => route.allowed.includes(role);

test.describe("security headers", () => {
  test("pages carry a nonce-based CSP that forbids framing, and scripts run under it", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => message.text().includes("Content Security Policy") && violations.push(message.text()));
    const response = await page.goto("/dossiers");
    const headers = response!.headers();
    const csp = headers["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    const scripts = await page.locator("script").evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const value of scripts) expect(value).toBe(nonce);
    // The app works under it: a client-side interaction goes through.
    await page.getByLabel("Type").selectOption("PAD");
    await expect(page).toHaveURL(/type=PAD/);
    expect(violations).toEqual([]);
    const second = (await page.request.get("/dossiers")).headers()["content-security-policy"];
    expect(second).not.toContain(`'nonce-${nonce}'`);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

test.describe("secrets", () => {
  test("no token, client secret, AUTH_SECRET or push secret in any page, RSC payload or client chunk", async ({ page }) => {
    const [sample] = await atStatus("IEXP");
    await page.goto(`/dossiers/${sample!.demand_number}`); // the server has called the platform with a token
    const simulator = new Database(`${E2E_DIR}/simulator.db`, { readonly: true });
    const tokens = (simulator.prepare("SELECT token FROM tokens").all() as Array<{ token: string }>).map((r) => r.token);
    simulator.close();
    const app = new Database(`${E2E_DIR}/atelier.db`, { readonly: true });
    const authSecret = (app.prepare("SELECT value FROM app_settings WHERE key = 'auth_secret'").get() as { value: string }).value;
    app.close();
    expect(tokens.length).toBeGreaterThan(0);
    const secrets = [...tokens, "simulateur-secret", authSecret, PUSH_SECRET];

    const pages = ["/dossiers", `/dossiers/${sample!.demand_number}`, `/dossiers/${sample!.demand_number}/parcours`, "/recherche?q=a", "/simulateur", "/devis", "/retards", "/activite", "/admin/utilisateurs"];
    const texts: Array<[string, string]> = [];
    for (const role of ROLES) {
      const context = await contextFor(role);
      for (const path of pages) {
        texts.push([`${role} ${path}`, await (await context.get(path)).text()]);
        texts.push([`${role} ${path} (RSC)`, await (await context.get(path, { headers: { RSC: "1" } })).text()]);
      }
      texts.push([`${role} /api/dossiers`, await (await context.get("/api/dossiers")).text()]);
      await context.dispose();
    }
    const anonymous = await contextFor(null);
    texts.push(["/connexion", await (await anonymous.get("/connexion")).text()]);
    await anonymous.dispose();
    for (const file of walk(".next/static").filter((f) => f.endsWith(".js"))) texts.push([file, readFileSync(file, "utf8")]);

    expect(texts.length).toBeGreaterThan(50);
    for (const [where, text] of texts) {
      for (const secret of secrets) expect(text.includes(secret), `a secret in ${where}`).toBe(false);
    }
  });
});

test.describe("PUSH mode", () => {
  const wire = (n: string, status = "RMAD") => ({
    type: "REP", demand_number: n, agreement_number: "", date: "2026-11-27 10:00:00", current_status_code: status, current_status_label: "x",
    serial_number: `SN-${n}`, brand: "Samsung", reseller_code: "FNAC", site_name: "FNAC PARIS TERNES", client_name: "Pousse Paul",
  });
  const signed = (body: string) => ({ "Content-Type": "application/json", "X-Atelier-Signature": `sha256=${createHmac("sha256", PUSH_SECRET).update(body).digest("hex")}` });

  test("a signed push is mirrored with its history; bad signature 401, bad body 400, nothing written", async ({ page }) => {
    const good = `PSH-${Date.now()}`;
    const body = JSON.stringify({ status: "OK", message: "Success", data: [wire(good)] });
    const anonymous = await contextFor(null);
    const ok = await anonymous.post("/api/push/demands", { headers: signed(body), data: body });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toMatchObject({ status: "OK", data: { received: 1 } });

    const forged = `PSH-FORGED-${Date.now()}`;
    const forgedBody = JSON.stringify([wire(forged)]);
    const bad = await anonymous.post("/api/push/demands", { headers: { "Content-Type": "application/json", "X-Atelier-Signature": `sha256=${"0".repeat(64)}` }, data: forgedBody });
    expect(bad.status()).toBe(401);
    const tampered = await anonymous.post("/api/push/demands", { headers: signed(forgedBody), data: forgedBody.replace("Samsung", "Apple") });
    expect(tampered.status()).toBe(401);

    const invalid = `PSH-INVALID-${Date.now()}`;
    const invalidBody = JSON.stringify([wire(invalid), { ...wire(`${invalid}-2`), serial_number: { brut: "??" } }]);
    const rejected = await anonymous.post("/api/push/demands", { headers: signed(invalidBody), data: invalidBody });
    expect(rejected.status()).toBe(400);
    expect((await rejected.json()).message).toContain("data.1.serial_number");
    await anonymous.dispose();

    expect((await page.goto(`/dossiers/${good}`))?.status()).toBe(200);
    await expect(page.getByTestId("timeline-status")).toContainText("reçu de la plateforme");
    for (const absent of [forged, invalid]) expect((await page.goto(`/dossiers/${absent}`))?.status()).toBe(404);
  });
});
