// Server render over HTTP: a production server (`next build` first) on the bench's mirror, signed in.
import { spawn } from "node:child_process";
import { sample } from "./stats";

const PORT = 3300;
const BASE = `http://127.0.0.1:${PORT}`;

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs a demo user in through Auth.js' own endpoints and returns the Cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/dossiers` }),
  });
  const session = cookiesOf(response).filter((c) => c.includes("session-token"));
  if (!session.length) throw new Error(`sign-in failed (${response.status})`);
  return [...jar, ...session].join("; ");
}

export async function renderBench(databasePath: string, simulatorOrigin: string) {
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_PATH: databasePath, SIMULATOR_PORT: new URL(simulatorOrigin).port, SYNC_INTERVAL_MS: "0", RMA_API_BASE_URL: "" },
    stdio: "ignore",
  });
  try {
    await waitFor(`${BASE}/connexion`, 60_000);
    const cookie = await signIn(BASE, "technicien@atelier.test", "atelier-demo-2026");
    // The server syncs at start: let that finish so it does not weigh on the figures.
    for (let i = 0; i < 120; i++) {
      const status = (await (await fetch(`${BASE}/api/sync`, { headers: { Cookie: cookie } })).json()) as { data: { running: boolean; lastGoodSync: string | null } };
      if (!status.data.running && status.data.lastGoodSync) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const get = async (path: string) => {
      const response = await fetch(`${BASE}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
      await response.arrayBuffer();
    };
    const page = await fetch(`${BASE}/dossiers?sort=newest`, { headers: { Cookie: cookie } }).then((r) => r.text());
    const numbers = [...page.matchAll(/href="\/dossiers\/([A-Z]{3}-\d{4}-\d{4})"/g)].map((m) => m[1]!);
    for (let i = 0; i < 5; i++) await get("/dossiers"); // warm-up
    const queue = await sample(60, (i) => get(i % 2 ? "/dossiers?phase=a-traiter" : "/dossiers"));
    const dossier = await sample(60, (i) => get(`/dossiers/${numbers[i % numbers.length]}`));
    const search = await sample(60, (i) => get(`/recherche?q=${encodeURIComponent(["helene", "samsung", "dupont"][i % 3]!)}`));
    return { queue, dossier, search };
  } finally {
    server.kill("SIGTERM");
  }
}
