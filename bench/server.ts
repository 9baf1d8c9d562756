// A production Atelier server (`next build` first) on a given mirror, with a signed-in session.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { SERVER_NODE_FLAGS } from "../scripts/server-node-flags.mjs";

// BENCH_PORT: a second bench (or a profile) beside a running one.
const PORT = Number(process.env.BENCH_PORT ?? 3300);
export const BENCH_BASE = `http://127.0.0.1:${PORT}`;

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

/**
 * fetch, tried again when the connection drops before an answer (ECONNRESET, a socket closed under a
 * request): a server busy with its start-up sync can let a kept-alive connection go just as it is reused.
 * Only requests that change nothing, or whose repetition is harmless (signing in), go through here.
 */
async function steadyFetch(url: string, init?: RequestInit, attempts = 4): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code ?? "";
      if (attempt >= attempts || !/ECONNRESET|UND_ERR_SOCKET|EPIPE|ECONNREFUSED/.test(code)) throw error;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]!);

/** Signs a demo user in through Auth.js' own endpoints and returns the Cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await steadyFetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await steadyFetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/dossiers` }),
  });
  const session = cookiesOf(response).filter((c) => c.includes("session-token"));
  if (!session.length) throw new Error(`sign-in failed (${response.status})`);
  return [...jar, ...session].join("; ");
}

/** Peak resident memory (VmHWM) of a process and its children, in MiB. */
export function peakMemoryMiB(pid: number): number {
  const children = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  })();
  return [pid, ...children].reduce((sum, p) => {
    try {
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
      return sum + kb / 1024;
    } catch {
      return sum;
    }
  }, 0);
}

/** `nodeArgs`: for a profile (bench/profile-render.ts), e.g. --cpu-prof. */
export async function startAppServer(database: string, simulatorOrigin: string, nodeArgs: string[] = [], extraEnv: Record<string, string> = {}) {
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs, "scripts/serve.mjs"], {
    env: { ...process.env, PORT: String(PORT), HOSTNAME: "127.0.0.1", ...(/^postgres/.test(database) ? { DATABASE_URL: database } : { DATABASE_PATH: database }), SIMULATOR_PORT: new URL(simulatorOrigin).port, SYNC_INTERVAL_MS: "0", RMA_API_BASE_URL: "", NODE_ENV: "production", ATELIER_DEMO: "1", ...extraEnv },
    stdio: "ignore",
  });
  await waitFor(`${BENCH_BASE}/connexion`, 60_000);
  // A manager: « Aujourd'hui » and the queue at their heaviest (figures, checkboxes).
  const cookie = await signIn(BENCH_BASE, "manager@atelier.test", "atelier-demo-2026");
  // The server syncs at start: let that finish so it does not weigh on the figures.
  for (let i = 0; i < 240; i++) {
    const status = (await (await steadyFetch(`${BENCH_BASE}/api/sync`, { headers: { Cookie: cookie } })).json()) as { data: { running: boolean; lastGoodSync: string | null } };
    if (!status.data.running && status.data.lastGoodSync) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base: BENCH_BASE,
    cookie,
    pid: server.pid!,
    get: async (path: string) => {
      const response = await steadyFetch(`${BENCH_BASE}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
      return response.text();
    },
    stop: () => server.kill("SIGTERM"),
    /** Stops it and waits for its exit (a profile is written then). */
    stopped: () => new Promise<void>((resolve) => {
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    }),
  };
}
export type AppServer = Awaited<ReturnType<typeof startAppServer>>;
