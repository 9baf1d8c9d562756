// npm run bench: the figures Atelier's users feel, printed as tables (no pass or fail here), on SQLite then
// on PostgreSQL. BENCH_SIZES=10000,100000 (default) · BENCH_INDICATORS=1000000 (default; 0 to skip) · BENCH_SYNC=0 skips the sync section ·
// BENCH_LIGHTHOUSE=0 to skip Lighthouse · BENCH_ENGINES=sqlite (or postgresql) for one engine alone
import { spawn } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { listDossiers } from "@/lib/dossiers/list-dossiers";
import { parseQueueFilters } from "@/lib/dossiers/queue-filters";
import { exactMatch, searchDossiers } from "@/lib/dossiers/search";
import { jsWeights, launchBrowser, uploadBench } from "./browser";
import { lighthouseScores } from "./lighthouse";
import { usesPostgres } from "@/db";
import { parseConfig } from "@/lib/config/env";
import { startCluster } from "../scripts/postgres-cluster.mjs";
import { tempFolderForRun } from "../scripts/run-temp.mjs";
import { benchTarget, engineName, openBench } from "./database";
import { benchDir, countingClient, generateMirror, startBenchSimulator, startSimulatorProcess, syncInto } from "./mirror";
import { backupFigures } from "./backup";
import { generateHistory, renderDeadlines } from "./history";
import { generateLocations, renderLocations } from "./locations";
import { ARTICLES, generateParts, renderParts } from "./parts";
import { loadFigures, syncUnderLoad } from "./load";
import { renderBench } from "./render";
import { uploadPhases } from "./upload";
import { startAppServer, type AppServer } from "./server";
import { ms, printFigures, sample, type Figure } from "./stats";

const SEARCHES = ["helene", "R58", "samsung", "dupont jean", "ACH-9001", "3546781", "gmail.com", "zoé"];
// The app's default (SYNC_CONCURRENCY unset), read from its configuration rather than copied.
const CONCURRENCY = parseConfig({}).sync.concurrency;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** One status of 100,000 dossiers: the sync's peak memory above idle, in a process that does nothing else. */
async function bigStatusFigure(dir: string): Promise<Figure> {
  const tsx = ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "bench/big-status.ts"];
  const platform = spawn(process.execPath, [...tsx, "platform"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const port = await new Promise<string>((resolve, reject) => {
      platform.stdout.on("data", (chunk: Buffer) => {
        const port = /PORT (\d+)/.exec(String(chunk))?.[1];
        if (port) resolve(port);
      });
      platform.on("exit", (code) => reject(new Error(`plateforme du banc arrêtée (${code})`)));
    });
    const runner = spawn(process.execPath, ["--expose-gc", ...tsx, "sync"], {
      env: { ...process.env, BIG_DB: await benchTarget(dir, "big-status"), BIG_API: `http://127.0.0.1:${port}/api/` },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    runner.stdout.on("data", (chunk: Buffer) => (output += String(chunk)));
    await new Promise((resolve) => runner.on("exit", resolve));
    const result = JSON.parse(/RESULT (.*)/.exec(output)?.[1] ?? "null") as { dossiers: number; seconds: number; idle: number; peak: number } | null;
    if (!result) throw new Error(`banc du statut de 100 000 dossiers : ${output.slice(-500)}`);
    const above = result.peak - result.idle;
    return {
      what: `sync d'un statut de ${result.dossiers.toLocaleString("fr-FR")} dossiers, réponse lue au fil de l'eau : pic mémoire au-dessus du repos`,
      value: `${above.toFixed(0)} Mio (${result.idle.toFixed(0)} → ${result.peak.toFixed(0)} Mio), ${result.seconds.toFixed(1)} s`,
      target: "< 300 Mio",
      ok: above < 300,
    };
  } finally {
    platform.kill("SIGTERM");
  }
}

async function syncFigures(dir: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const latency of [0, 300]) {
    const sim = await startSimulatorProcess(10_000, latency, dir);
    const { seconds, result } = await syncInto(await benchTarget(dir, `sync-${latency}`), sim.client, CONCURRENCY);
    figures.push({
      what: `sync complète de ${result.dossiers} dossiers (24 statuts, concurrence ${CONCURRENCY}, latence ajoutée ${latency} ms)`,
      value: `${seconds.toFixed(2)} s, ${Math.round(result.dossiers / seconds)} dossiers/s, ${sim.client.counters.tokenCalls} token/create`,
      target: latency === 0 ? "≤ 5 s" : "≤ 2 s",
      ok: latency === 0 ? seconds <= 5 : seconds <= 2,
    });
    sim.close();
  }
  figures.push(await bigStatusFigure(dir));
  // The app server's own sync of 10,000 dossiers at 300 ms, alone and while ten users load the queue.
  const loaded = await startSimulatorProcess(10_000, 300, dir);
  // SYNC_SHARE_MS=0: each « Actualiser » runs a sync of its own rather than sharing one begun seconds before.
  const server = await startAppServer(await benchTarget(dir, "sync-load"), loaded.origin, [], { SYNC_SHARE_MS: "0" });
  try {
    figures.push(...(await syncUnderLoad(server)));
  } finally {
    await server.stopped();
    loaded.close();
  }
  // Many calls from one process: the token is fetched once per lifetime.
  const sim = await startBenchSimulator(50, 0, dir);
  const client = countingClient(sim.origin);
  await Promise.all(Array.from({ length: 1000 }, (_, i) => client.retrieveRequests(i % 2 ? "RMAD" : "D")));
  figures.push({ what: "token/create pour 1 000 appels (50 en parallèle au démarrage à froid inclus)", value: `${client.counters.tokenCalls} pour ${client.counters.apiCalls} appels HTTP`, target: "1 par durée de vie du jeton", ok: client.counters.tokenCalls === 1 });
  await sim.sim.close();
  return figures;
}

/** Five history rows a dossier, every due time and figure written, then the pages that read them. */
async function deadlineFigures(target: string, server: AppServer): Promise<Figure[]> {
  const history = await generateHistory(target);
  const deadlines = await renderDeadlines(server, target);
  return [
    { what: `échéances et chiffres des indicateurs écrits pour ${history.refreshed.toLocaleString("fr-FR")} dossiers (${history.rows.toLocaleString("fr-FR")} lignes d'historique ajoutées)`, value: `${(history.refreshMs / 1000).toFixed(1)} s` },
    { what: "rendu serveur de la file triée par échéance (HTTP, connecté)", value: `p50 ${ms(deadlines.due.p50)}, p95 ${ms(deadlines.due.p95)}`, target: "p50 ≤ 50 ms", ok: deadlines.due.p50 <= 50 },
    { what: `rendu serveur de /indicateurs, un mois (${deadlines.monthMoves.toLocaleString("fr-FR")} dossiers reçus ou retournés ce mois-là)`, value: `p50 ${ms(deadlines.indicators.p50)}, p95 ${ms(deadlines.indicators.p95)}`, target: "p50 ≤ 300 ms", ok: deadlines.indicators.p50 <= 300 },
    { what: "/api/indicateurs.csv, un mois", value: `p50 ${ms(deadlines.csv.p50)}, p95 ${ms(deadlines.csv.p95)}`, target: "p50 ≤ 300 ms", ok: deadlines.csv.p50 <= 300 },
  ];
}

/**
 * The reseller review at the issue's scale (BENCH_INDICATORS, 1,000,000 dossiers by default; 0 to skip): a
 * mirror of that size with five history rows a dossier, /indicateurs, its CSV and the queue by due time.
 */
async function indicatorsAtScale(size: number, dir: string, simulatorOrigin: string): Promise<Figure[]> {
  const target = await benchTarget(dir, `indicators-${size}`);
  const server = await startAppServer(target, simulatorOrigin);
  try {
    const generated = performance.now();
    await generateMirror(target, size);
    return [{ what: "miroir généré (upserts de la sync, par lots)", value: `${((performance.now() - generated) / 1000).toFixed(1)} s` }, ...(await deadlineFigures(target, server))];
  } finally {
    server.stop();
  }
}

/** The 10 MB document, phase by phase, on the server's peak memory (bench/upload.ts). */
async function uploadFigures(server: AppServer, dossiers: [string, string]): Promise<Figure[]> {
  const phases = await uploadPhases(server, dossiers);
  const times = (mib: number) => `${mib.toFixed(0)} Mio (${((mib * 2 ** 20) / phases.bytes).toFixed(1)} × le fichier)`;
  return [
    { what: "document de 10 Mo reçu (POST /api/uploads, multipart lu au fil de l'eau) : hausse du pic mémoire du serveur", value: times(phases.received), target: "≤ 4 × le fichier", ok: phases.received * 2 ** 20 <= 4 * phases.bytes },
    { what: "… puis envoyé à la plateforme (3.7, base64 écrit au fil de l'envoi)", value: times(phases.sent) },
    { what: "… puis la liste des documents relue (3.10 : chaque fichier en base64)", value: times(phases.listed) },
  ];
}

async function sizeFigures(size: number, dir: string, simulatorOrigin: string, browserParts: boolean, simulatorDossiers: string[]): Promise<Figure[]> {
  const simulatorDossier = simulatorDossiers[0]!;
  const target = await benchTarget(dir, `mirror-${size}`);
  // The server first, then the mirror, as the syncs would have filled it: started on a full mirror, its
  // first sync would read the bench simulator's few dossiers and mark every generated one missing.
  const server = await startAppServer(target, simulatorOrigin);
  const figures: Figure[] = [];
  try {
    const generated = performance.now();
    await generateMirror(target, size);
    figures.push({ what: "miroir généré (upserts de la sync, par lots)", value: `${((performance.now() - generated) / 1000).toFixed(1)} s` });
    // Before any page is loaded: the figure is a rise of the server's peak memory, which the load section's
    // fifty users would already have pushed above anything a 10 MB document adds.
    if (browserParts) figures.push(...(await uploadFigures(server, [simulatorDossiers[1]!, simulatorDossiers[2]!])));
    const { db, close } = await openBench(target);
    const aging = { warnDays: 7, alertDays: 14 };
    const queue = await sample(200, (i) => listDossiers(db, parseQueueFilters(i % 2 ? { phase: "a-traiter" } : { sort: "stale", page: String(1 + (i % 5)) }), aging));
    figures.push({ what: "requête de la file (filtres, tri, page, compteurs), dans le processus", value: `p50 ${ms(queue.p50)}, p95 ${ms(queue.p95)}` });
    const search = await sample(400, (i) => searchDossiers(db, SEARCHES[i % SEARCHES.length]!));
    figures.push({ what: `recherche plein texte (${engineName() === "SQLite" ? "FTS5" : "pg_trgm"})`, value: `p50 ${ms(search.p50)}, p95 ${ms(search.p95)}`, target: "p50 ≤ 20 ms", ok: search.p50 <= 20 });
    const scan = await sample(400, (i) => exactMatch(db, i % 2 ? "ACH-9001-0001" : "R58XXXX"));
    figures.push({ what: "scan (correspondance exacte)", value: `p50 ${ms(scan.p50)}, p95 ${ms(scan.p95)}` });
    await close();

    const render = await renderBench(server);
    const loadFiguresOfSize = await loadFigures(server, render.numbers);
    figures.push(
      { what: "rendu serveur de /dossiers (HTTP, connecté)", value: `p50 ${ms(render.queue.p50)}, p95 ${ms(render.queue.p95)}`, target: "p50 ≤ 10 ms", ok: render.queue.p50 <= 10 },
      { what: "rendu serveur d'une page dossier (HTTP, connecté)", value: `p50 ${ms(render.dossier.p50)}, p95 ${ms(render.dossier.p95)}`, target: "p50 ≤ 10 ms", ok: render.dossier.p50 <= 10 },
      { what: "rendu serveur de /recherche (HTTP, connecté)", value: `p50 ${ms(render.search.p50)}, p95 ${ms(render.search.p95)}`, target: "p50 ≤ 10 ms", ok: render.search.p50 <= 10 },
      { what: "rendu serveur de « Aujourd'hui » / (HTTP, connecté)", value: `p50 ${ms(render.home.p50)}, p95 ${ms(render.home.p95)}`, target: "p50 ≤ 15 ms", ok: render.home.p50 <= 15 },
      { what: "HTML de /dossiers (50 lignes, non compressé)", value: kB(render.queueHtmlBytes), target: "≤ 80 kB", ok: render.queueHtmlBytes <= 80 * 1024 },
      ...loadFiguresOfSize,
    );
    figures.push(...(await deadlineFigures(target, server)));
    const placed = await generateLocations(target);
    const byLocation = await renderLocations(server);
    figures.push({ what: `rendu serveur de la file filtrée par emplacement (${placed.placed.toLocaleString("fr-FR")} produits sur 60 étagères)`, value: `p50 ${ms(byLocation.p50)}, p95 ${ms(byLocation.p95)}`, target: "p50 ≤ 50 ms", ok: byLocation.p50 <= 50 });
    const parts = await generateParts(target);
    const partsRender = await renderParts(server, parts.dossiers);
    figures.push(
      { what: `rendu serveur de /pieces (${ARTICLES.toLocaleString("fr-FR")} articles, ${parts.lines.toLocaleString("fr-FR")} lignes de pièces)`, value: `p50 ${ms(partsRender.waiting.p50)}, p95 ${ms(partsRender.waiting.p95)}`, target: "p50 ≤ 50 ms", ok: partsRender.waiting.p50 <= 50 },
      { what: "rendu serveur d'une page dossier avec ses pièces", value: `p50 ${ms(partsRender.dossier.p50)}, p95 ${ms(partsRender.dossier.p95)}`, target: "p50 ≤ 50 ms", ok: partsRender.dossier.p50 <= 50 },
    );
    // SQLite only: on PostgreSQL the engine's own pg_dump backs the data up (README, « Exploitation »).
    if (!usesPostgres()) figures.push(...(await backupFigures(target, dir, size)));
    if (browserParts) {
      const browser = await launchBrowser();
      try {
        // A dossier the simulator knows, so its documents can be fetched and one uploaded.
        const dossier = simulatorDossier;
        const js = await jsWeights(browser, server, dossier);
        for (const [page, bytes] of Object.entries(js)) figures.push({ what: `JavaScript chargé, page ${page} (gzip, cache vide)`, value: kB(bytes), target: "≤ 180 kB", ok: bytes <= 180 * 1024 });
        const upload = await uploadBench(browser, server, dossier);
        figures.push({ what: "document de 10 Mo, navigateur → Atelier → simulateur", value: `${upload.seconds.toFixed(2)} s ; pic mémoire du serveur ${upload.peakBeforeMiB.toFixed(0)} → ${upload.peakAfterMiB.toFixed(0)} Mio` });
      } finally {
        await browser.close();
      }
      if (process.env.BENCH_LIGHTHOUSE !== "0") {
        const scores = await lighthouseScores(server, [
          { name: "connexion", path: "/connexion", signedIn: false },
          { name: "file /dossiers", path: "/dossiers", signedIn: true },
          { name: "dossier", path: `/dossiers/${simulatorDossier}`, signedIn: true },
          { name: "« Aujourd'hui »", path: "/", signedIn: true },
          { name: "notifications", path: "/notifications", signedIn: true },
        ]);
        for (const s of scores) {
          figures.push({ what: `Lighthouse ${s.name} (bureau) performance / accessibilité`, value: `${s.performance} / ${s.accessibility}${s.failed.length ? ` (à revoir : ${s.failed.join(", ")})` : ""}`, target: "≥ 95 / ≥ 95", ok: s.performance >= 95 && s.accessibility >= 95 });
        }
      }
    }
  } finally {
    server.stop();
  }
  return figures;
}

/**
 * The same figures on PostgreSQL: a throwaway cluster (scripts/postgres-cluster.mjs), and this script again
 * in a process that runs on it (an engine is chosen per process, by DATABASE_URL). The browser's figures
 * (JavaScript weights, upload, Lighthouse) do not depend on the engine and are not measured twice.
 */
async function onPostgres() {
  const cluster = await startCluster();
  try {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "bench/run.ts"], {
      env: { ...process.env, DATABASE_URL: cluster.url, BENCH_ENGINE_CHILD: "1" },
      stdio: "inherit",
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    if (code !== 0) throw new Error(`banc PostgreSQL arrêté (${code})`);
  } finally {
    cluster.stop();
  }
}

async function main() {
  const child = process.env.BENCH_ENGINE_CHILD === "1";
  const engine = engineName();
  if (!child && process.env.BENCH_ENGINES === "postgresql") return onPostgres();
  if (!child) console.log(`# Atelier — bancs d'essai\n\nMachine : ${cpus().length} cœurs (${cpus()[0]?.model ?? "?"}), ${Math.round(totalmem() / 2 ** 30)} Gio, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  const dir = benchDir();
  // BENCH_SYNC=0: without the sync section (to measure one of the others alone).
  if (process.env.BENCH_SYNC !== "0") printFigures(`Synchronisation et jetons — ${engine}`, await syncFigures(dir));
  const sizes = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number).filter((n) => n > 0);
  // The app's start-up sync and the documents come from this simulator; the mirror sizes come from generateMirror.
  const sim = await startBenchSimulator(300, 0, dir);
  // Dossiers the simulator knows, so their documents can be fetched and some uploaded.
  const received = (await sim.client.retrieveRequests("D")).map((d) => d.demandNumber);
  try {
    for (const [i, size] of sizes.entries()) printFigures(`${size.toLocaleString("fr-FR")} dossiers dans le miroir — ${engine}`, await sizeFigures(size, dir, sim.origin, i === 0 && !child, received));
    const scale = Number(process.env.BENCH_INDICATORS ?? 1_000_000);
    if (scale > 0) printFigures(`Indicateurs et échéances à ${scale.toLocaleString("fr-FR")} dossiers — ${engine}`, await indicatorsAtScale(scale, dir, sim.origin));
  } finally {
    await sim.sim.close();
  }
  // BENCH_ENGINES=sqlite: SQLite only.
  if (!child && !usesPostgres() && process.env.BENCH_ENGINES !== "sqlite") await onPostgres();
}

// Every file of a run (mirrors of up to 1,000,000 dossiers, simulators, the PostgreSQL cluster) in one folder,
// removed when the run ends or is interrupted: a run left ~2 GB in /tmp. The engine's child process inherits
// TMPDIR and so writes into its parent's folder.
if (process.env.BENCH_ENGINE_CHILD !== "1") {
  tempFolderForRun("atelier-bench-run-");
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(signal === "SIGINT" ? 130 : 143));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
