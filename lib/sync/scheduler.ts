import "server-only";
// One sync at a time per process, and per cluster: at start, every SYNC_INTERVAL_MS, and on demand
// ("Actualiser").
import { eq } from "drizzle-orm";
import { db, first, oncePerCluster, usesPostgres } from "@/db";
import { appSettings } from "@/db/schema";
import { config } from "@/lib/config/env";
import { ensureDemoStory } from "@/lib/demo/story";
import { publish } from "@/lib/live/bus";
import { rma } from "@/lib/rma";
import type { StatusCode } from "@/lib/rma/constants";
import { runSync, type SyncResult } from "./run-sync";

const state = globalThis as unknown as { atelierSync?: { running: Promise<SyncResult | null> | null; timer: NodeJS.Timeout | null; last: SyncResult | null } };
state.atelierSync ??= { running: null, timer: null, last: null };
const sync = state.atelierSync;

const SYNC_LOCK = "atelier:sync";
const STARTED_KEY = "sync.started_at";

/**
 * A full sync, once per cluster: on PostgreSQL, two instances never sync at the same time. A periodic one
 * is skipped (null) when another instance is syncing or started one less than an interval ago, so the
 * interval is the cluster's; one asked for now waits for the other instance's, then runs.
 */
async function clusterSync(periodic: boolean): Promise<SyncResult | null> {
  const database = db();
  const { intervalMs, concurrency } = config().sync;
  return oncePerCluster(
    database,
    SYNC_LOCK,
    async () => {
      const now = new Date();
      const last = await first(database.select().from(appSettings).where(eq(appSettings.key, STARTED_KEY)));
      if (periodic && last && now.getTime() - Number(last.value) < intervalMs * 0.9) return null;
      await database.insert(appSettings).values({ key: STARTED_KEY, value: String(now.getTime()) }).onConflictDoUpdate({ target: appSettings.key, set: { value: String(now.getTime()) } });
      const result = await runSync({ db: database, client: rma(), concurrency });
      // The demo's own records follow the simulator's dossiers (made once per simulator seed, by one instance).
      if (config().mode === "simulator" && result.failed.length === 0) {
        await ensureDemoStory(database, new URL(config().rma.baseUrl).origin).catch((error: unknown) => console.warn("démo :", (error as Error).message));
      }
      return result;
    },
    { wait: !periodic },
  );
}

/** Runs a full sync, or joins the one already running in this process. */
function startSync(periodic: boolean): Promise<SyncResult | null> {
  if (!sync.running) publish(["sync"]);
  sync.running ??= clusterSync(periodic)
    .then((result) => {
      if (!result) return null;
      sync.last = result;
      if (result.failed.length) console.warn(`sync: ${result.failed.length} statut(s) en échec`, result.failed.map((f) => f.status).join(","));
      return result;
    })
    .finally(() => {
      sync.running = null;
    });
  return sync.running;
}

/** A full sync now (another instance's first, if one is under way). */
export async function syncNow(): Promise<SyncResult> {
  for (;;) {
    const result = await startSync(false);
    // Only a periodic sync, joined, can come back empty: this one runs again, now.
    if (result) return result;
  }
}

/**
 * "Actualiser": what the platform shows from now on. A sync already under way may have started before
 * the person's reason to ask (a platform back up, a reseller's answer): it is let finish, then a new one
 * runs (joined by any other click meanwhile).
 */
export async function syncFresh(): Promise<SyncResult> {
  if (sync.running) await sync.running.catch(() => null);
  return syncNow();
}

/** Refreshes a few statuses right after a change we know of (a simulator control, for instance). */
export function syncStatuses(statuses: StatusCode[]) {
  return runSync({ db: db(), client: rma(), statuses, concurrency: config().sync.concurrency });
}

export const syncRunning = () => sync.running !== null;

/** At start the platform (or the simulator, started alongside) may not answer yet: try again shortly. */
async function firstSync(attemptsLeft = 20) {
  // On PostgreSQL, another instance may have just synced the shared mirror (null): nothing to do.
  const result = await startSync(usesPostgres()).catch(() => undefined);
  if ((result === undefined || result?.succeeded.length === 0) && attemptsLeft > 1) {
    setTimeout(() => void firstSync(attemptsLeft - 1), 3_000).unref();
  }
}

export function startSyncSchedule() {
  if (sync.timer) return;
  void firstSync();
  const { intervalMs } = config().sync;
  if (intervalMs > 0) {
    sync.timer = setInterval(() => void startSync(true).catch((error: unknown) => console.error("sync:", error)), intervalMs);
    sync.timer.unref();
  }
}
