// Builds a mirror of N dossiers by syncing a real simulator seeded with N dossiers (no added latency).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@/db";
import { createRmaClient } from "@/lib/rma/client";
import { runSync } from "@/lib/sync/run-sync";
import { createSimulator } from "@/simulator/server";

export async function startBenchSimulator(dossiers: number, latencyMs = 0) {
  const dir = mkdtempSync(join(tmpdir(), "atelier-bench-"));
  const sim = createSimulator({
    dbPath: join(dir, "sim.db"),
    clientId: "simulateur",
    clientSecret: "simulateur-secret",
    tokenTtlSeconds: 3600,
    dossierCount: dossiers,
    faults: { latencyMs, errorRate: 0, hangRate: 0, hangAfterRate: 0, malformedRate: 0 },
  });
  const origin = await sim.listen(0);
  let tokenCalls = 0;
  let apiCalls = 0;
  const client = createRmaClient({
    baseUrl: `${origin}/api/`,
    clientId: "simulateur",
    clientSecret: "simulateur-secret",
    log: (line) => {
      apiCalls++;
      if (line.startsWith("rma token/create")) tokenCalls++;
    },
  });
  return { dir, sim, origin, client, counters: () => ({ tokenCalls, apiCalls }) };
}

export async function syncInto(path: string, client: ReturnType<typeof createRmaClient>, concurrency: number) {
  const { db, sqlite } = openDatabase(path);
  const started = performance.now();
  const result = await runSync({ db, client, concurrency });
  const seconds = (performance.now() - started) / 1000;
  sqlite.close();
  return { seconds, result };
}
