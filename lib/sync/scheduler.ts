import "server-only";
// One sync at a time per process: at start, every SYNC_INTERVAL_MS, and on demand ("Actualiser").
import { db } from "@/db";
import { config } from "@/lib/config/env";
import { ensureDemoStory } from "@/lib/demo/story";
import { publish } from "@/lib/live/bus";
import { rma } from "@/lib/rma";
import type { StatusCode } from "@/lib/rma/constants";
import { runSync, type SyncResult } from "./run-sync";

const state = globalThis as unknown as { atelierSync?: { running: Promise<SyncResult> | null; timer: NodeJS.Timeout | null; last: SyncResult | null } };
state.atelierSync ??= { running: null, timer: null, last: null };
const sync = state.atelierSync;

/** Runs a full sync, or joins the one already running. */
export function syncNow(): Promise<SyncResult> {
  if (!sync.running) publish(["sync"]);
  sync.running ??= runSync({ db: db(), client: rma(), concurrency: config().sync.concurrency })
    .then(async (result) => {
      sync.last = result;
      // The demo's own records follow the simulator's dossiers (made once per simulator seed).
      if (config().mode === "simulator" && result.failed.length === 0) {
        await ensureDemoStory(db(), new URL(config().rma.baseUrl).origin).catch((error: unknown) => console.warn("démo :", (error as Error).message));
      }
      if (result.failed.length) console.warn(`sync: ${result.failed.length} statut(s) en échec`, result.failed.map((f) => f.status).join(","));
      return result;
    })
    .finally(() => {
      sync.running = null;
    });
  return sync.running;
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
  const result = await syncNow().catch(() => null);
  if ((!result || result.succeeded.length === 0) && attemptsLeft > 1) {
    setTimeout(() => void firstSync(attemptsLeft - 1), 3_000).unref();
  }
}

export function startSyncSchedule() {
  if (sync.timer) return;
  void firstSync();
  const { intervalMs } = config().sync;
  if (intervalMs > 0) {
    sync.timer = setInterval(() => void syncNow().catch((error: unknown) => console.error("sync:", error)), intervalMs);
    sync.timer.unref();
  }
}
