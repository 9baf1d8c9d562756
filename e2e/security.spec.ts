import Database from "better-sqlite3";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { APP_DB, BASE_URL, CENTRE_KEY, E2E_DIR, LYON, LYON_DB, PUSH_SECRET, stateFile } from "./support/paths";
import { push, pushHeaders } from "./support/push";
import { actionId, callAction } from "./support/server-actions";
import { ACTIONS, PUBLIC_ACTIONS, PUBLIC_ROUTES, ROLES, ROUTES, type Role } from "./support/matrix";
import { atStatus } from "./support/simulator";


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

  test("every route handler of the build is in the matrix", () => {
    const manifest = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
    const routes = Object.keys(manifest).filter((key) => key.endsWith("/route")).map((key) => key.slice(0, -"/route".length));
    expect(routes.filter((r) => !PUBLIC_ROUTES.includes(r) && !ROUTES.some((entry) => entry.route === r))).toEqual([]);
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
    test(`route ${route.method} ${route.route}: 401, 403, or through`, async () => {
      for (const role of [null, ...ROLES] as Array<Role | null>) {
        if (route.stream) {
          // A stream never ends: its status is read from the headers, then the connection is dropped.
          const status = await streamStatus(route.path, role);
          expect(status, `${route.path} as ${role ?? "nobody"}`).toBe(role === null ? 401 : allowed(route, role) ? 200 : 403);
          continue;
        }
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

/** The Cookie header of a role's saved session (none for nobody), for requests made outside Playwright. */
function cookieHeader(role: Role | null) {
  const cookies = role ? (JSON.parse(readFileSync(stateFile(role), "utf8")) as { cookies: Array<{ name: string; value: string }> }).cookies : [];
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

async function streamStatus(path: string, role: Role | null) {
  const abort = new AbortController();
  const response = await fetch(`${BASE_URL}${path}`, { headers: { Cookie: cookieHeader(role) }, signal: abort.signal, redirect: "manual" });
  abort.abort();
  return response.status;
}

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
    // The second centre's client secret too: sealed in the registry, never in a page, a chunk or the database in clear.
    const secrets = [...tokens, "simulateur-secret", authSecret, PUSH_SECRET, LYON.clientSecret, CENTRE_KEY];
    for (const file of [APP_DB, LYON_DB]) expect(readFileSync(file).includes(LYON.clientSecret), file).toBe(false);

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

  test("a signed push is mirrored with its history; bad signature 401, bad body 400, nothing written", async ({ page }) => {
    const good = `PSH-${Date.now()}`;
    const body = JSON.stringify({ status: "OK", message: "Success", data: [wire(good)] });
    const ok = await push(body);
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ status: "OK", data: { received: 1 } });

    const forged = `PSH-FORGED-${Date.now()}`;
    const forgedBody = JSON.stringify([wire(forged)]);
    expect((await push(forgedBody, pushHeaders(forgedBody, new Date(), "x".repeat(40)))).status).toBe(401);
    expect((await push(forgedBody.replace("Samsung", "Apple"), pushHeaders(forgedBody))).status).toBe(401);
    const { "X-Atelier-Timestamp": _t, ...unstamped } = pushHeaders(forgedBody);
    expect((await push(forgedBody, unstamped)).status).toBe(401);

    const invalid = `PSH-INVALID-${Date.now()}`;
    const invalidBody = JSON.stringify([wire(invalid), { ...wire(`${invalid}-2`), serial_number: { brut: "??" } }]);
    const rejected = await push(invalidBody);
    expect(rejected.status).toBe(400);
    expect(rejected.json.message).toContain("data.1.serial_number");

    expect((await page.goto(`/dossiers/${good}`))?.status()).toBe(200);
    await expect(page.getByTestId("timeline-status")).toContainText("reçu de la plateforme");
    for (const absent of [forged, invalid]) expect((await page.goto(`/dossiers/${absent}`))?.status()).toBe(404);
  });

  test("a captured push cannot be replayed, nor sent from outside the five-minute window, nor roll a dossier back", async ({ page }) => {
    const n = `PSH-REPLAY-${Date.now()}`;
    const first = JSON.stringify([wire(n, "RMAD")]);
    const headers = pushHeaders(first, new Date(Date.now() - 60_000));
    expect((await push(first, headers)).status).toBe(200);
    // The same signed body again: refused, whatever it says.
    const replay = await push(first, headers);
    expect(replay.status).toBe(409);
    expect(replay.json.message).toContain("rejeu");
    // Signed six minutes ago, or six minutes ahead: refused.
    const late = JSON.stringify([wire(n, "RMAOK")]);
    expect((await push(late, pushHeaders(late, new Date(Date.now() - 6 * 60_000)))).status).toBe(401);
    expect((await push(late, pushHeaders(late, new Date(Date.now() + 6 * 60_000)))).status).toBe(401);
    // The dossier moves on now; a push signed before that moment would take it back: refused.
    expect((await push(JSON.stringify([wire(n, "D")]))).status).toBe(200);
    const rollback = JSON.stringify([wire(n, "RMAOK")]);
    const refused = await push(rollback, pushHeaders(rollback, new Date(Date.now() - 30_000)));
    expect(refused.status).toBe(409);
    await page.goto(`/dossiers/${n}`);
    await expect(page.getByTestId("current-status").locator("[data-status]")).toHaveAttribute("data-status", "D");
  });
});

test.describe("route handlers that take a body", () => {
  test("an anonymous upload is refused before its body is read, and an oversized one without reading it all", async () => {
    const anonymous = await contextFor(null);
    const started = Date.now();
    const big = await anonymous.post("/api/uploads", { multipart: { kind: "document", file: { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(30 * 1024 * 1024, 0x25) } } });
    expect(big.status()).toBe(401);
    await anonymous.dispose();
    const technician = await contextFor("technician");
    // Declared too large: refused from its headers, before a byte of the body is sent.
    expect(await declaredOnly("/api/uploads", 200 * 1024 * 1024)).toBe(413);
    // Too large once read: cut off at the cap, a clear French error.
    const oversized = await technician.post("/api/uploads", { multipart: { kind: "document", file: { name: "gros.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(11 * 1024 * 1024, 0x25) } } });
    expect(oversized.status()).toBe(413);
    expect((await oversized.json()).error.message).toContain("trop volumineux");
    await technician.dispose();
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  test("the quote preview refuses 20 MB of JSON without reading it whole, declared or streamed", async () => {
    expect(await declaredOnly("/api/devis/apercu", 20 * 1024 * 1024, "application/json")).toBe(413);
    const streamed = await streamedUntilAnswered("/api/devis/apercu", 20 * 1024 * 1024);
    expect(streamed.status).toBe(413);
    // Cut off near the cap (256 KB), not after the whole body: what was sent is what the socket took in.
    expect(streamed.sent).toBeLessThan(20 * 1024 * 1024);
    const technician = await contextFor("technician");
    const refused = await technician.post("/api/devis/apercu", { data: { demandNumber: "X", lines: [{ label: "x".repeat(300 * 1024), quantity: 1, unitPriceCents: 1 }] } });
    expect(refused.status()).toBe(413);
    expect((await refused.json()).error.message).toContain("trop volumineuse");
    await technician.dispose();
  });

  test("a state-changing route refuses another site's Origin, as server actions do", async () => {
    const technician = await contextFor("technician");
    expect((await technician.post("/api/sync", { headers: { Origin: "https://evil.example" } })).status()).toBe(403);
    expect((await technician.post("/api/sync", { headers: { "Sec-Fetch-Site": "cross-site" } })).status()).toBe(403);
    expect((await technician.post("/api/sync", { headers: { Origin: BASE_URL } })).status()).toBe(200);
    await technician.dispose();
  });

  test("a route parameter that cannot be decoded, or a page's, is a clear 400 or 404, never a 500", async ({ page }) => {
    const technician = await contextFor("technician");
    for (const path of ["/api/dossiers/%25/documents", "/api/dossiers/%25zz/documents/0", "/api/dossiers/%E0%A4%A/documents"]) {
      const status = (await technician.get(path)).status();
      expect([400, 404], path).toContain(status);
    }
    await technician.dispose();
    for (const path of ["/dossiers/%25", "/dossiers/%25/parcours", "/dossiers/%E0%A4%A"]) {
      expect([400, 404], path).toContain((await page.goto(path))?.status());
    }
  });
});

/**
 * A chunked POST of up to `bytes` of JSON, written 64 KB at a time while no answer has come: the answer's
 * status, and how much had been sent when it came.
 */
function streamedUntilAnswered(path: string, bytes: number): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = httpRequest(`${BASE_URL}${path}`, { method: "POST", headers: { Cookie: cookieHeader("technician"), "Content-Type": "application/json", "Transfer-Encoding": "chunked" } }, (response) => {
      answered = true;
      resolve({ status: response.statusCode ?? 0, sent });
      response.resume();
      request.destroy();
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && sent < bytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    request.write("[");
    pump();
  });
}

/** A POST that declares a body of `bytes` and sends none: the answer can only come from the headers. */
function declaredOnly(path: string, bytes: number, contentType = "multipart/form-data; boundary=x"): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${BASE_URL}${path}`, { method: "POST", headers: { Cookie: cookieHeader("technician"), "Content-Type": contentType, "Content-Length": String(bytes) } }, (response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      request.destroy();
    });
    request.on("error", reject);
    request.flushHeaders();
  });
}
