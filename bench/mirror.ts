// Mirrors for the benchmarks: synced from a real simulator, or generated straight into the database for sizes
// the simulator would take minutes to seed (the queries do not care where the rows came from).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { upsertFromPlatform } from "@/lib/dossiers/mirror";
import { createRmaClient } from "@/lib/rma/client";
import { STATUS_CODES } from "@/lib/rma/constants";
import { fromWireDossier } from "@/lib/rma/mapping";
import { wireDossier } from "@/lib/rma/wire";
import { runSync } from "@/lib/sync/run-sync";
import { sql } from "drizzle-orm";
import { execute, usesPostgres } from "@/db";
import { openBench } from "./database";
import { createRandom, newDossier } from "@/simulator/seed";
import { NO_FAULTS } from "@/simulator/control-api";
import { createSimulator } from "@/simulator/server";

export const benchDir = () => mkdtempSync(join(tmpdir(), "atelier-bench-"));

export async function startBenchSimulator(dossiers: number, latencyMs = 0, dir = benchDir()) {
  const sim = createSimulator({
    dbPath: join(dir, `sim-${dossiers}.db`),
    clientId: "simulateur",
    clientSecret: "simulateur-secret",
    tokenTtlSeconds: 3600,
    dossierCount: dossiers,
    faults: { ...NO_FAULTS, latencyMs },
  });
  const origin = await sim.listen(0);
  return { dir, sim, origin, client: countingClient(origin) };
}

/**
 * The simulator in a process of its own, as the platform is: its JSON is built on another core, so the
 * sync figures measure Atelier's side (requests, parsing, upserts), not the simulator's.
 */
export async function startSimulatorProcess(dossiers: number, latencyMs: number, dir = benchDir()) {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "simulator/main.ts"], {
    env: { ...process.env, SIMULATOR_PORT: String(port), SIM_DOSSIERS: String(dossiers), SIM_LATENCY_MS: String(latencyMs), SIM_DB_PATH: join(dir, `sim-process-${dossiers}.db`) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("prêt sur") && resolve());
    child.on("exit", (code) => reject(new Error(`simulateur arrêté (${code})`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  return { origin, client: countingClient(origin), close: () => void child.kill("SIGTERM") };
}

/** A client that counts its calls and its token/create calls, from its own log lines. */
export function countingClient(origin: string) {
  const counters = { tokenCalls: 0, apiCalls: 0 };
  const client = createRmaClient({
    baseUrl: `${origin}/api/`,
    clientId: "simulateur",
    clientSecret: "simulateur-secret",
    log: (line) => {
      if (/^rma \S+ \d{3} /.test(line)) counters.apiCalls++;
      if (line.startsWith("rma token/create ")) counters.tokenCalls++;
    },
  });
  return Object.assign(client, { counters });
}

export async function syncInto(target: string, client: ReturnType<typeof createRmaClient>, concurrency: number) {
  const { db, close } = await openBench(target);
  const started = performance.now();
  const result = await runSync({ db, client, concurrency });
  const seconds = (performance.now() - started) / 1000;
  await close();
  return { seconds, result };
}

/** N dossiers at random statuses, written as the sync would write them. */
export async function generateMirror(target: string, size: number) {
  const { db, close } = await openBench(target);
  const random = createRandom(4242);
  const now = new Date();
  for (let start = 1; start <= size; start += 5_000) {
    const batch: ReturnType<typeof fromWireDossier>[] = [];
    for (let seq = start; seq < Math.min(start + 5_000, size + 1); seq++) {
      const { record } = newDossier(random, seq, { at: new Date(now.getTime() - random.int(0, 90 * 24) * 3_600_000) });
      record.current_status_code = random.pick(STATUS_CODES);
      batch.push(fromWireDossier(wireDossier.parse(record)));
    }
    await upsertFromPlatform(db, batch, now, "sync");
  }
  // After a bulk load, as autovacuum would soon: the planner's statistics (SQLite's own need no help here).
  if (usesPostgres()) await execute(db, sql`ANALYZE`);
  await close();
}
