// Two `next start` instances on one PostgreSQL, against one simulator: what one writes the other shows (on
// load, and live on an open page), the sync runs once per interval across both, and 100 commands submitted through both under faults reach the
// platform once each; a second centre, added at the terminal, lives in a schema of its own and is served by
// both. The cluster, the simulators and the two instances are this spec's own.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-accounts";
import { createDatabase, startCluster } from "../scripts/postgres-cluster.mjs";
import { DossierPage } from "./pages/dossier.page";
import { SignInPage } from "./pages/sign-in.page";
import { CENTRE_KEY, E2E_DIR, LYON, SIGNED_OUT } from "./support/paths";
import { callAction } from "./support/server-actions";

const SIM_PORT = 4131;
const SIM = `http://127.0.0.1:${SIM_PORT}`;
const INSTANCES = [`http://127.0.0.1:3131`, `http://127.0.0.1:3132`] as const;
const SYNC_INTERVAL_MS = 2_000;
/** The second centre's platform, for this spec. */
const LYON_SIM_PORT = 4132;

let cluster: Awaited<ReturnType<typeof startCluster>>;
let database: pg.Client;
const children: ChildProcess[] = [];

function start(command: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output = (output + String(chunk)).slice(-4_000)));
  child.stderr!.on("data", (chunk) => (output = (output + String(chunk)).slice(-4_000)));
  children.push(child);
  return () => output;
}

async function waitFor(url: string, output: () => string) {
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(url).then((r) => r.status < 500, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} ne répond pas :\n${output()}`);
}

const control = async <T>(path: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${SIM}/_sim${path}`, body === undefined ? {} : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return ((await response.json()) as { data: T }).data;
};

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startCluster();
  const url = await createDatabase(cluster.url, "atelier");
  const sim = start(["--import", "tsx", "simulator/main.ts"], { SIMULATOR_PORT: String(SIM_PORT), SIM_LATENCY_MS: "0", SIM_DB_PATH: `${E2E_DIR}/cluster-simulator-${randomUUID()}.db`, SIM_DOSSIERS: "60" });
  await waitFor(`${SIM}/_sim/health`, sim);
  const lyonSim = start(["--import", "tsx", "simulator/main.ts"], {
    SIMULATOR_PORT: String(LYON_SIM_PORT),
    SIM_LATENCY_MS: "0",
    SIM_DB_PATH: `${E2E_DIR}/cluster-lyon-${randomUUID()}.db`,
    SIM_DOSSIERS: "20",
    SIM_FIRST_SEQ: String(LYON.firstSeq),
    SIM_CLIENT_ID: LYON.clientId,
    SIM_CLIENT_SECRET: LYON.clientSecret,
  });
  await waitFor(`http://127.0.0.1:${LYON_SIM_PORT}/_sim/health`, lyonSim);
  await addCentre(url);
  for (const origin of INSTANCES) {
    const output = start(["scripts/serve.mjs"], {
      PORT: new URL(origin).port,
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: url,
      RMA_API_BASE_URL: "",
      SYNC_SHARE_MS: "0",
      SYNC_REQUESTS_PER_MINUTE: "100000",
      SIMULATOR_PORT: String(SIM_PORT),
      ATELIER_DEMO: "1",
      SYNC_INTERVAL_MS: String(SYNC_INTERVAL_MS),
      OUTBOX_INTERVAL_MS: "300",
      OUTBOX_LEASE_MS: "5000",
      TRUSTED_PROXIES: "",
      ATELIER_SECRET_KEY: CENTRE_KEY,
    });
    await waitFor(`${origin}/connexion`, output);
  }
  database = new pg.Client({ connectionString: url });
  await database.connect();
});

/** npm run centre:add, against the cluster's database, before the instances start. */
async function addCentre(url: string) {
  const args = ["--slug", LYON.slug, "--name", LYON.name, "--url", `http://127.0.0.1:${LYON_SIM_PORT}/api/`, "--client-id", LYON.clientId, "--admin-email", LYON.admin.email, "--admin-name", LYON.admin.name];
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/centre-add.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url, RMA_API_BASE_URL: "", ATELIER_SECRET_KEY: CENTRE_KEY },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += String(chunk)));
  child.stderr!.on("data", (chunk) => (output += String(chunk)));
  child.stdin!.end(`${LYON.clientSecret}\n${LYON.admin.password}\n`);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(code, output).toBe(0);
}

test.afterAll(async () => {
  await database?.end();
  for (const child of children) child.kill("SIGKILL");
  cluster?.stop();
});

async function signIn(page: Page, origin: string) {
  const signInPage = new SignInPage(page);
  await signInPage.goto(origin);
  await signInPage.signIn(DEMO_USERS.manager.email, DEMO_PASSWORD);
  await signInPage.expectSignedInAs(DEMO_USERS.manager.name);
}

test.use({ storageState: SIGNED_OUT });

test("a note written on one instance shows on the other, and a session opened on one is good on the other", async ({ page }) => {
  await signIn(page, INSTANCES[0]);
  const n = (await database.query<{ demand_number: string }>("SELECT demand_number FROM dossiers ORDER BY demand_number LIMIT 1")).rows[0]!.demand_number;
  const text = `Vu sur les deux serveurs ${randomUUID().slice(0, 6)}`;
  await page.goto(`${INSTANCES[0]}/dossiers/${n}`);
  const dossier = new DossierPage(page);
  await dossier.addNote(text);
  await expect(dossier.note(text)).toContainText(DEMO_USERS.manager.name);
  await page.goto(`${INSTANCES[1]}/dossiers/${n}`);
  await expect(page.getByTestId("signed-in-user")).toContainText(DEMO_USERS.manager.name);
  await expect(dossier.note(text)).toContainText(DEMO_USERS.manager.name);
});

test("a dossier taken on one instance shows as taken on the other's open page, with no reload", async ({ page }) => {
  await signIn(page, INSTANCES[1]);
  const n = (await database.query<{ demand_number: string }>("SELECT demand_number FROM dossiers WHERE assigned_to IS NULL ORDER BY demand_number LIMIT 1")).rows[0]!.demand_number;
  await page.goto(`${INSTANCES[1]}/dossiers/${n}`);
  await expect(page.locator("html")).toHaveAttribute("data-live", "ready");
  await expect(page.getByTestId("dossier-assignee")).toContainText("Personne");
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const reply = await callAction(page.request, `${INSTANCES[0]}/dossiers/${n}`, "takeDossierAction", [{ demandNumber: n }]);
  expect(reply.status).toBe(200);
  await expect(page.getByTestId("dossier-assignee")).toContainText(DEMO_USERS.manager.name);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test("the load balancer's checks: each instance live and ready on PostgreSQL, its metrics off without a token", async () => {
  for (const origin of INSTANCES) {
    const health = await fetch(`${origin}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    const ready = await fetch(`${origin}/api/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
    expect((await fetch(`${origin}/api/metrics`)).status).toBe(404);
  }
});

test("the sync runs once per interval across both instances, never two at once", async () => {
  // Each sync reads every status once, RMAD first (lib/sync/run-sync.ts, syncOrder). Two instances on
  // their own would each sync every interval: their syncs would start closer than an interval apart, and
  // their reads would interleave. The test waits for the syncs themselves, then reads the simulator's times.
  type Read = { query: { status?: string }; at: string };
  const reads = async () => (await control<Read[]>(`/requests?route=demands/retrieverequests&limit=100000`)).reverse();
  const since = (await reads()).at(-1)?.at ?? "";
  const SYNCS = 5;
  let during: Read[] = [];
  await expect
    .poll(async () => {
      during = (await reads()).filter((r) => r.at > since);
      return during.filter((r) => r.query.status === "RMAD").length;
    }, { timeout: 60_000, intervals: [250] })
    .toBeGreaterThanOrEqual(SYNCS);
  const starts = during.filter((r) => r.query.status === "RMAD").map((r) => Date.parse(r.at));
  const gaps = starts.slice(1).map((at, i) => at - starts[i]!);
  console.info(`cluster: syncs started ${gaps.join(", ")} ms apart, interval ${SYNC_INTERVAL_MS} ms, two instances`);
  // A periodic sync is skipped within 0.9 of an interval of the last one's start (lib/sync/scheduler.ts); the
  // first read follows that start by a few milliseconds, which the margin allows for.
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(0.8 * SYNC_INTERVAL_MS);
  // From one RMAD read to the next, each status is read once: no second sync ran in between.
  const statuses = during.map((r) => r.query.status!);
  const rounds = statuses.join(",").split(/(?=RMAD)/).map((round) => round.split(",").filter(Boolean)).filter((round) => round[0] === "RMAD");
  for (const round of rounds.slice(0, -1)) expect(new Set(round).size, round.join(",")).toBe(round.length);
});

test("100 commands submitted through both instances, under 30 % faults, reach the platform once each, in order", async ({ page }) => {
  await signIn(page, INSTANCES[1]);
  // 25 new repair dossiers, each: accept, then D, IEXP, REPPROG.
  const created: string[] = [];
  for (let i = 0; i < 25; i++) created.push((await control<{ demand_number: string }>("/dossiers", { type: "REP" })).demand_number);
  expect((await page.request.post(`${INSTANCES[0]}/api/sync`)).ok()).toBe(true);
  const plan = (n: string) => [
    { key: `demands/accept:ACC-${n}`, command: { kind: "accept", payload: { agreementNumber: `ACC-${n}` } } },
    { key: "demands/status:D", command: { kind: "status", payload: { statusCode: "D" } } },
    { key: "demands/status:IEXP", command: { kind: "status", payload: { statusCode: "IEXP" } } },
    { key: "demands/status:REPPROG", command: { kind: "status", payload: { statusCode: "REPPROG" } } },
  ];
  await control("/faults", { latencyMs: 5, errorRate: 0.3, appliedErrorRate: 0.1, resetAfterRate: 0.05, busyRate: 0.05 });
  let k = 0;
  const submissions: Array<Promise<unknown>> = [];
  for (const n of created) {
    // One dossier's commands one after the other (their order is the point), the dossiers side by side.
    submissions.push(
      (async () => {
        for (const step of plan(n)) {
          const origin = INSTANCES[k++ % 2];
          const reply = await callAction(page.request, `${origin}/dossiers/${n}`, "submitDossierAction", [{ requestId: randomUUID(), demandNumber: n, command: step.command }]);
          expect(reply.status, reply.body.slice(0, 500)).toBe(200);
          // Taken by Atelier (an outbox row), not refused by its own checks; refused, what the dossier went through.
          if (reply.body.includes('"ok":false')) {
            const rows = await database.query("SELECT id, kind, payload, state, last_error, error_detail, attempts, verify_attempts, before_status, first_sent_at, sent_at FROM outbox WHERE demand_number = $1 ORDER BY id", [n]);
            const history = await database.query("SELECT old_status, new_status, source, at FROM status_history WHERE demand_number = $1 ORDER BY id", [n]);
            const mirror = await database.query("SELECT status_code, accepted_at, status_changed_at FROM dossiers WHERE demand_number = $1", [n]);
            const applied = await control(`/applied?dossier=${n}`);
            throw new Error(`${n} ${step.key} refused: ${reply.body.slice(0, 300)}\noutbox ${JSON.stringify(rows.rows)}\nhistory ${JSON.stringify(history.rows)}\nmirror ${JSON.stringify(mirror.rows)}\napplied ${JSON.stringify(applied)}`);
          }
        }
      })(),
    );
  }
  await Promise.all(submissions);
  expect(k).toBe(100);
  // The two instances' outbox workers settle what the faults left unknown or pending.
  await control("/faults", { latencyMs: 0, errorRate: 0, appliedErrorRate: 0, resetAfterRate: 0, busyRate: 0 });
  // The demo story's own commands waiting for a person (demo rows) are not these.
  const unsettled = async () =>
    (await database.query<{ state: string; code: string | null; kind: string; n: number }>("SELECT state, last_error AS code, kind, count(*)::int AS n FROM outbox WHERE state <> 'sent' AND NOT demo GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")).rows;
  await expect
    .poll(unsettled, { timeout: 90_000, intervals: [500] })
    .toEqual([])
    .catch(async (error: Error) => {
      // What a person would look at: the commands left, and what the mirror saw of their dossiers.
      const left = await database.query("SELECT o.demand_number, o.kind, o.payload, o.state, o.last_error, o.attempts, o.verify_attempts, o.before_status, d.status_code FROM outbox o JOIN dossiers d USING (demand_number) WHERE o.state <> 'sent' AND NOT o.demo");
      const history = await database.query("SELECT demand_number, old_status, new_status, source, at FROM status_history WHERE demand_number = ANY($1) ORDER BY id", [left.rows.map((r) => r.demand_number)]);
      throw new Error(`${error.message}\n${JSON.stringify(left.rows)}\n${JSON.stringify(history.rows)}`);
    });
  for (const n of created) {
    const applied = await control<Array<{ route: string; detail: string }>>(`/applied?dossier=${n}`);
    const keys = applied.map((a) => {
      const body = JSON.parse(a.detail) as Record<string, string>;
      return `${a.route}:${a.route === "demands/accept" ? body.agreement_numero : body.status_code}`;
    });
    if (JSON.stringify(keys) !== JSON.stringify(plan(n).map((s) => s.key))) {
      const rows = await database.query("SELECT kind, payload, state, last_error, attempts, verify_attempts, before_status, first_sent_at, sent_at FROM outbox WHERE demand_number = $1 ORDER BY id", [n]);
      const history = await database.query("SELECT old_status, new_status, source, at FROM status_history WHERE demand_number = $1 ORDER BY id", [n]);
      throw new Error(`${n}: applied ${JSON.stringify(applied)}\noutbox ${JSON.stringify(rows.rows)}\nhistory ${JSON.stringify(history.rows)}`);
    }
  }
  const sends = (await database.query<{ sends: number; n: number }>("SELECT sum(attempts)::int AS sends, count(*)::int AS n FROM outbox WHERE NOT demo")).rows[0]!;
  expect(sends.n).toBe(100);
  console.info(`cluster: ${sends.n} commands, ${sends.sends} sends on the wire, each applied once`);
});

test("a second centre lives in a schema of its own, served by both instances, its dossiers out of the first's reach", async ({ page }) => {
  const signInPage = new SignInPage(page);
  await signInPage.goto(INSTANCES[0]);
  await signInPage.signIn(LYON.admin.email, LYON.admin.password, LYON.slug);
  await signInPage.expectSignedInAs(LYON.admin.name);
  // Its mirror fills from its own platform, into its own schema.
  const lyonDossiers = async () => (await database.query<{ n: string }>("SELECT demand_number AS n FROM centre_1.dossiers ORDER BY demand_number")).rows.map((r) => r.n);
  await expect.poll(async () => (await lyonDossiers()).length, { timeout: 30_000 }).toBe(20);
  const lyon = (await lyonDossiers())[0]!;
  const main = (await database.query<{ n: string }>("SELECT demand_number AS n FROM public.dossiers ORDER BY demand_number LIMIT 1")).rows[0]!.n;
  expect((await database.query("SELECT 1 FROM public.dossiers WHERE demand_number = $1", [lyon])).rowCount).toBe(0);
  // The other instance serves the same session, the centre's dossier, and not the main centre's.
  expect((await page.goto(`${INSTANCES[1]}/dossiers/${lyon}`))?.status()).toBe(200);
  await expect(page.getByTestId("signed-in-user")).toContainText(LYON.admin.name);
  expect((await page.goto(`${INSTANCES[1]}/dossiers/${main}`))?.status()).toBe(404);
  const reply = await callAction(page.request, `${INSTANCES[1]}/dossiers/${main}`, "takeDossierAction", [{ demandNumber: main }]);
  expect(reply.body).toContain('"code":"not_found"');
  // A note on Lyon's dossier is written in Lyon's schema.
  const text = `Note de Lyon ${randomUUID().slice(0, 6)}`;
  await page.goto(`${INSTANCES[0]}/dossiers/${lyon}`);
  const dossier = new DossierPage(page);
  await dossier.addNote(text);
  await expect(dossier.note(text)).toContainText(LYON.admin.name);
  expect((await database.query("SELECT 1 FROM centre_1.notes WHERE body = $1", [text])).rowCount).toBe(1);
  expect((await database.query("SELECT 1 FROM public.notes WHERE body = $1", [text])).rowCount).toBe(0);
});
