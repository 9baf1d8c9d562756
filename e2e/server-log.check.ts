// Run after every other end-to-end test (playwright.config.ts, project "server-log"): the log the e2e server
// wrote while they signed in, synced, searched clients by name, sent commands and uploaded files holds none
// of the secrets it was given or fetched, no session cookie, and no client's name, e-mail, phone or street;
// and it is structured: a JSON line for each request and each action, with its id, route and duration.
import { existsSync, readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-accounts";
import { APP_DB, CENTRE_KEY, E2E_DIR, LYON, METRICS_TOKEN, PUSH_SECRET, SERVER_LOG, stateFile } from "./support/paths";

function rows<T>(path: string, query: string): T[] {
  if (!existsSync(path)) return [];
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(query).all() as T[];
  } finally {
    db.close();
  }
}

type Record_ = { client_name?: string | null; client_mail?: string | null; client_phone?: string | null; client_address_street?: string | null };

function forbidden(): Array<{ what: string; value: string }> {
  const simulators = [`${E2E_DIR}/simulator.db`, `${LYON.dir}/simulator.db`];
  const out: Array<{ what: string; value: string }> = [
    { what: "demo password", value: DEMO_PASSWORD },
    { what: "Lyon admin's password", value: LYON.admin.password },
    { what: "Lyon's client secret", value: LYON.clientSecret },
    { what: "simulator's client secret", value: "simulateur-secret" },
    { what: "PUSH_SECRET", value: PUSH_SECRET },
    { what: "METRICS_TOKEN", value: METRICS_TOKEN },
    { what: "ATELIER_SECRET_KEY", value: CENTRE_KEY },
    ...Object.values(DEMO_USERS).map((u) => ({ what: "a user's e-mail", value: u.email })),
  ];
  for (const { value } of rows<{ value: string }>(APP_DB, "SELECT value FROM app_settings WHERE key = 'auth_secret'")) out.push({ what: "the sessions' secret", value });
  for (const simulator of simulators) {
    for (const { token } of rows<{ token: string }>(simulator, "SELECT token FROM tokens")) out.push({ what: "an access token", value: token });
    for (const { record } of rows<{ record: string }>(simulator, "SELECT record FROM dossiers")) {
      const r = JSON.parse(record) as Record_;
      for (const [what, value] of [["a client's name", r.client_name], ["a client's e-mail", r.client_mail], ["a client's phone", r.client_phone], ["a client's street", r.client_address_street]] as const) {
        if (value && value.length >= 6) out.push({ what, value });
      }
    }
  }
  for (const role of ["technician", "manager", "admin"]) {
    const state = JSON.parse(readFileSync(stateFile(role), "utf8")) as { cookies: Array<{ name: string; value: string }> };
    for (const cookie of state.cookies.filter((c) => c.name.includes("session-token"))) out.push({ what: "a session cookie", value: cookie.value.slice(0, 48) });
  }
  return out;
}

test("the server's log holds no secret, no cookie and no client's data, and is one JSON line an event", () => {
  // Atelier's lines: concurrently prefixes each with its process ("[atelier] …"; the simulator's are its own).
  const lines = readFileSync(SERVER_LOG, "utf8")
    .split("\n")
    .map((line) => line.replace(/\x1b\[[0-9;]*m/g, "")) // concurrently colours its prefixes
    .filter((line) => line.startsWith("[atelier]"));
  expect(lines.length).toBeGreaterThan(1_000);
  const text = lines.join("\n");
  const values = forbidden();
  expect(values.filter((v) => v.what === "a client's name").length).toBeGreaterThan(20);
  expect(values.some((v) => v.what === "an access token")).toBe(true);
  const found = values.filter((v) => text.includes(v.value)).map((v) => v.what);
  expect([...new Set(found)]).toEqual([]);

  const events = lines
    .map((line) => line.replace(/^\[atelier\]\s*/, ""))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  // Next.js's own few start-up lines aside, every line is JSON.
  expect(events.length / lines.length).toBeGreaterThan(0.99);
  const requests = events.filter((e) => e.event === "http");
  const actions = events.filter((e) => e.event === "action");
  expect(requests.length).toBeGreaterThan(500);
  expect(actions.length).toBeGreaterThan(20);
  expect(requests[0]).toMatchObject({ level: "info", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), route: expect.any(String), status: expect.any(Number), ms: expect.any(Number) });
  expect(actions.find((a) => a.outcome === "ok")).toMatchObject({ action: expect.any(String), centre: expect.any(String), user: expect.any(Number), ms: expect.any(Number) });
  // An action's line and its request's line share the request's id.
  const ids = new Set(requests.map((r) => r.requestId));
  expect(actions.some((a) => ids.has(a.requestId))).toBe(true);
  expect(events.some((e) => e.event === "sync.done")).toBe(true);
});
