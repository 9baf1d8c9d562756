// A data layer on a fresh file, a real simulator, and the outbox between them: what the app runs, minus HTTP.
import type { Role } from "@/db/schema";
import { runSync } from "@/lib/sync/run-sync";
import type { OutboxDeps } from "@/lib/outbox/outbox";
import { ctxFor, freshDatabase, insertUser } from "./database";
import { startSimulator } from "./simulator";

export async function outboxWorld(role: Role = "technician") {
  const sim = await startSimulator({ dossierCount: 40 }, { timeoutMs: 400, readRetries: 0 });
  const database = await freshDatabase();
  const user = await insertUser(database.db, role);
  await runSync({ db: database.db, client: sim.client, concurrency: 4 });
  const deps: OutboxDeps = { db: database.db, client: sim.client };
  const ctx = () => ctxFor(database.db, user);
  /** What the simulator received for a route (most recent first). */
  const received = (route: string) => sim.control<Array<{ body: Record<string, unknown> }>>(`/requests?route=${route}&limit=100`);
  return { sim, db: database.db, user, deps, ctx, received, close: async () => { sim.sim.close(); await database.close(); } };
}
