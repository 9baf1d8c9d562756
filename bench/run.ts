// npm run bench: the figures Atelier's users feel, printed as tables (no pass or fail here).
//   BENCH_SIZES=10000,100000 to choose the mirror sizes (default 10000).
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@/db";
import { listDossiers } from "@/lib/dossiers/list-dossiers";
import { parseQueueFilters } from "@/lib/dossiers/queue-filters";
import { exactMatch, searchDossiers } from "@/lib/dossiers/search";
import { startBenchSimulator, syncInto } from "./mirror";
import { renderBench } from "./render";
import { printFigures, ms, sample, type Figure } from "./stats";

const SEARCHES = ["helene", "R58", "samsung", "dupont jean", "ACH-9001", "3546781", "gmail.com", "zoé"];

async function benchSize(size: number) {
  const simulator = await startBenchSimulator(size);
  const dbPath = join(simulator.dir, "atelier.db");
  const concurrency = 4;
  const sync = await syncInto(dbPath, simulator.client, concurrency);
  const figures: Figure[] = [
    {
      what: `sync complète, ${sync.result.dossiers} dossiers, 24 statuts, concurrence ${concurrency}, latence 0`,
      value: `${sync.seconds.toFixed(2)} s (${Math.round(sync.result.dossiers / sync.seconds)} dossiers/s)`,
      target: size <= 10_000 ? "≤ 5 s" : undefined,
      ok: size <= 10_000 ? sync.seconds <= 5 : undefined,
    },
  ];

  const { db, sqlite } = openDatabase(dbPath);
  const aging = { warnDays: 7, alertDays: 14 };
  const queue = await sample(200, (i) => listDossiers(db, parseQueueFilters(i % 2 ? { phase: "a-traiter" } : { sort: "stale", page: String(1 + (i % 5)) }), aging));
  figures.push({ what: "requête de la file (filtres, tri, page, compteurs)", value: `p50 ${ms(queue.p50)}, p95 ${ms(queue.p95)}` });
  const search = await sample(400, (i) => searchDossiers(db, SEARCHES[i % SEARCHES.length]!));
  figures.push({ what: "recherche plein texte (FTS5)", value: `p50 ${ms(search.p50)}, p95 ${ms(search.p95)}`, target: "p50 ≤ 20 ms", ok: search.p50 <= 20 });
  const scan = await sample(400, (i) => exactMatch(db, i % 2 ? "ACH-9001-0001" : "R58XXXX"));
  figures.push({ what: "scan (correspondance exacte)", value: `p50 ${ms(scan.p50)}, p95 ${ms(scan.p95)}` });
  sqlite.close();

  const render = await renderBench(dbPath, simulator.origin);
  figures.push(
    { what: "rendu serveur de /dossiers (HTTP, connecté)", value: `p50 ${ms(render.queue.p50)}, p95 ${ms(render.queue.p95)}`, target: "p50 ≤ 50 ms", ok: render.queue.p50 <= 50 },
    { what: "rendu serveur d'une page dossier (HTTP, connecté)", value: `p50 ${ms(render.dossier.p50)}, p95 ${ms(render.dossier.p95)}` },
    { what: "rendu serveur de /recherche (HTTP, connecté)", value: `p50 ${ms(render.search.p50)}, p95 ${ms(render.search.p95)}` },
  );
  await simulator.sim.close();
  printFigures(`${size.toLocaleString("fr-FR")} dossiers dans le miroir`, figures);
}

async function main() {
  console.log(`# Atelier — bancs d'essai\n\nMachine : ${cpus().length} cœurs (${cpus()[0]?.model ?? "?"}), ${Math.round(totalmem() / 2 ** 30)} Gio, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  const sizes = (process.env.BENCH_SIZES ?? "10000").split(",").map(Number).filter((n) => n > 0);
  for (const size of sizes) await benchSize(size);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
