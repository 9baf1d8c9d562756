// The load section of npm run bench: autocannon against the production server, signed in, at 1, 10 and
// 50 concurrent users (connections) on the queue, a dossier page and /recherche; and the sync of the
// 10,000-dossier simulator at 300 ms of latency, alone and while ten users load the queue.
import autocannon, { type Result } from "autocannon";
import type { AppServer } from "./server";
import type { Figure } from "./stats";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const USERS = [1, 10, 50];

/** One load: `paths` taken in turn by each request. */
export function load(server: AppServer, paths: string[], connections: number, seconds = SECONDS): Promise<Result> {
  let next = 0;
  return autocannon({
    url: server.base,
    connections,
    duration: seconds,
    headers: { cookie: server.cookie, "accept-encoding": "gzip" },
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
}

const failures = (r: Result) => r.errors + r.timeouts + r.non2xx;

export async function loadFigures(server: AppServer, dossierNumbers: string[]): Promise<Figure[]> {
  const pages: Array<[string, string[]]> = [
    ["/dossiers", ["/dossiers", "/dossiers?phase=a-traiter"]],
    ["une page dossier", dossierNumbers.slice(0, 20).map((n) => `/dossiers/${n}`)],
    ["/recherche", ["helene", "samsung", "dupont"].map((q) => `/recherche?q=${q}`)],
  ];
  const figures: Figure[] = [];
  for (const [name, paths] of pages) {
    for (const users of USERS) {
      const r = await load(server, paths, users);
      const figure: Figure = { what: `charge : ${name}, ${users} utilisateur${users > 1 ? "s" : ""} simultané${users > 1 ? "s" : ""} (${SECONDS} s)`, value: `${r.requests.average.toFixed(0)} pages/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${failures(r)} erreur(s)` };
      if (name === "/dossiers" && users === 1) Object.assign(figure, { target: "≥ 120 pages/s", ok: r.requests.average >= 120 });
      if (users === 10) Object.assign(figure, { target: "p99 ≤ 150 ms", ok: r.latency.p99 <= 150 });
      if (users === 50) Object.assign(figure, { target: "0 erreur, p99 ≤ 1 s", ok: failures(r) === 0 && r.latency.p99 <= 1000 });
      figures.push(figure);
    }
  }
  return figures;
}

/** A full sync asked of the server (POST /api/sync, « Actualiser »), in seconds. */
async function syncSeconds(server: AppServer): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.base}/api/sync`, { method: "POST", headers: { cookie: server.cookie, "content-type": "application/json", origin: server.base }, body: "{}" });
  if (!response.ok) throw new Error(`POST /api/sync: HTTP ${response.status}`);
  await response.arrayBuffer();
  return (performance.now() - started) / 1000;
}

/** The server's sync of its simulator, alone then under the ten-user load of the queue. */
export async function syncUnderLoad(server: AppServer): Promise<Figure[]> {
  const alone = await syncSeconds(server);
  const loading = load(server, ["/dossiers", "/dossiers?phase=a-traiter"], 10, 30);
  // Once the load has begun.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const loaded = await syncSeconds(server);
  const during = await loading;
  return [
    { what: "sync des 10 000 dossiers du simulateur (latence 300 ms, miroir déjà rempli), seule", value: `${alone.toFixed(2)} s` },
    {
      what: "… la même pendant que 10 utilisateurs chargent /dossiers",
      value: `${loaded.toFixed(2)} s ; la charge : ${during.requests.average.toFixed(0)} pages/s, p99 ${during.latency.p99} ms, ${failures(during)} erreur(s)`,
      target: "≤ 2,0 s",
      ok: loaded <= 2,
    },
  ];
}
