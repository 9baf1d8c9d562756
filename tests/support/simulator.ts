// Starts a real simulator on a free port with its own SQLite file, and a real lib/rma client against it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRmaClient, type RmaClientConfig } from "@/lib/rma/client";
import { NO_FAULTS } from "@/simulator/control-api";
import { createSimulator, type SimulatorOptions } from "@/simulator/server";

export { NO_FAULTS } from "@/simulator/control-api";

export async function startSimulator(options: Partial<SimulatorOptions> = {}, clientOptions: Partial<RmaClientConfig> = {}) {
  const dbPath = options.dbPath ?? join(mkdtempSync(join(tmpdir(), "atelier-sim-")), "sim.db");
  const sim = createSimulator({
    dbPath,
    clientId: "simulateur",
    clientSecret: "simulateur-secret",
    tokenTtlSeconds: 3600,
    faults: { ...NO_FAULTS },
    dossierCount: 60,
    ...options,
  });
  const origin = await sim.listen(0);
  const client = createRmaClient({
    baseUrl: `${origin}/api/`,
    clientId: "simulateur",
    clientSecret: "simulateur-secret",
    retryBaseDelayMs: 5,
    timeoutMs: 3_000,
    ...clientOptions,
  });

  /** Calls a control route (the reseller's side) and returns its `data`. */
  async function control<T = unknown>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${origin}/_sim${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as { status: string; message: string; data: T };
    if (!response.ok) throw new Error(`${response.status} ${json.message}`);
    return json.data;
  }

  /** A raw POST to /api/, bypassing the client's own checks, to see what the simulator itself says. */
  async function raw(route: string, body: unknown, token?: string) {
    const response = await fetch(`${origin}/api/${route}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as { status: string; message: string; data: unknown } };
  }

  return { sim, origin, dbPath, client, control, raw };
}
