import "server-only";
// One sync at a time per centre, per process and per cluster: at start, every SYNC_INTERVAL_MS, and on
// demand ("Actualiser"). Each centre syncs its own mirror from its own platform.
import { oncePerCluster, usesPostgres } from "@/db";
import { readSetting, writeSetting } from "@/lib/settings";
import { config } from "@/lib/config/env";
import { ensureDemoStory } from "@/lib/demo/story";
import { publish } from "@/lib/live/bus";
import type { StatusCode } from "@/lib/rma/constants";
import { allCentres, type Centre } from "@/lib/tenancy/centres";
import { forCentre } from "@/lib/tenancy/context";
import { runSync, type SyncResult } from "./run-sync";
import { frOps } from "@/lib/i18n/fr-ops";
import { metrics } from "@/lib/metrics/metrics";
import { errorField, log } from "@/lib/log/logger";

interface CentreSync {
  /** The sync running in this process, and when it started. */
  running: { result: Promise<SyncResult | null>; since: number } | null;
  /** The last full sync this process finished, and when it had started. */
  last: { startedAt: number; result: SyncResult } | null;
}
const state = globalThis as unknown as { atelierSync?: { centres: Map<number, CentreSync>; timer: NodeJS.Timeout | null; started: Set<number> } };
state.atelierSync ??= { centres: new Map(), timer: null, started: new Set() };
const schedule = state.atelierSync;

function syncOf(centreId: number): CentreSync {
  let sync = schedule.centres.get(centreId);
  if (!sync) schedule.centres.set(centreId, (sync = { running: null, last: null }));
  return sync;
}

const SYNC_LOCK = "atelier:sync";
const STARTED_KEY = "sync.started_at";

/**
 * A full sync, once per cluster: on PostgreSQL, two instances never sync at the same time. A periodic one
 * is skipped (null) when another instance is syncing or started one less than an interval ago, so the
 * interval is the cluster's; one asked for now waits for the other instance's, then runs.
 */
async function clusterSync(centre: Centre, periodic: boolean): Promise<SyncResult | null> {
  const database = centre.db;
  const { intervalMs, concurrency } = config().sync;
  return oncePerCluster(
    database,
    SYNC_LOCK,
    async () => {
      const now = new Date();
      const last = await readSetting(database, STARTED_KEY);
      if (periodic && last && now.getTime() - Number(last) < intervalMs * 0.9) return null;
      await writeSetting(database, STARTED_KEY, String(now.getTime()));
      const result = await runSync({ db: database, client: centre.rma, concurrency });
      // The demo's own records follow the simulator's dossiers (made once per simulator seed, by one instance).
      if (config().mode === "simulator" && centre.id === 0 && result.failed.length === 0) {
        await ensureDemoStory(database, centre.platformOrigin).catch((error: unknown) => log.warn({ event: "demo.failed", error: errorField(error) }, frOps.log.demo));
      }
      return result;
    },
    { wait: !periodic },
  );
}

/** Runs a full sync of a centre, or joins the one already running in this process. */
function startSync(centre: Centre, periodic: boolean): Promise<SyncResult | null> {
  const sync = syncOf(centre.id);
  return forCentre(centre.id, () => {
    if (sync.running) return sync.running.result;
    publish(["sync"]);
    const startedAt = Date.now();
    const result = clusterSync(centre, periodic)
      .then((result) => {
        if (!result) return null;
        sync.last = { startedAt, result };
        const label = centre.slug || "principal";
        metrics().syncSeconds.observe({ centre: label }, (Date.now() - startedAt) / 1000);
        if (result.failed.length) metrics().syncFailures.inc({ centre: label }, result.failed.length);
        log.info({ event: "sync.done", centre: label, ms: Date.now() - startedAt, failed: result.failed.length });
        if (result.failed.length) log.warn({ event: "sync.failed", centre: label, statuses: result.failed.map((f) => f.status) }, frOps.log.syncFailed(centre.slug, result.failed.length));
        return result;
      })
      .finally(() => {
        sync.running = null;
      });
    sync.running = { result, since: startedAt };
    return result;
  });
}

/** A full sync now (another instance's first, if one is under way). */
export async function syncNow(centre: Centre): Promise<SyncResult> {
  for (;;) {
    const result = await startSync(centre, false);
    // Only a periodic sync, joined, can come back empty: this one runs again, now.
    if (result) return result;
  }
}

/**
 * After a change we made ourselves (a simulator control): what the platform shows from now on. A sync
 * under way may have started before the change: it is let finish, then a new one runs.
 */
export async function syncFresh(centre: Centre): Promise<SyncResult> {
  const running = syncOf(centre.id).running;
  if (running) await running.result.catch(() => null);
  return syncNow(centre);
}

/**
 * "Actualiser": a sync that started less than SYNC_SHARE_MS ago, running or finished, is shared. Otherwise as
 * syncFresh: an older one under way may predate the person's reason to ask (a platform back up, a
 * reseller's answer), so it is let finish and a new one runs, joined by any other click meanwhile.
 * `admit` is asked only when a new sync would start, and refuses it by throwing.
 */
export async function syncOnRequest(centre: Centre, shareMs: number, admit: () => void): Promise<SyncResult> {
  const sync = syncOf(centre.id);
  const asked = Date.now();
  if (sync.running && asked - sync.running.since < shareMs) {
    const shared = await sync.running.result.catch(() => null);
    if (shared) return shared;
  }
  if (!sync.running && sync.last && asked - sync.last.startedAt < shareMs) return sync.last.result;
  admit();
  return syncFresh(centre);
}

/** Refreshes a few statuses right after a change we know of (a simulator control, for instance). */
export function syncStatuses(centre: Centre, statuses: StatusCode[]) {
  return forCentre(centre.id, () => runSync({ db: centre.db, client: centre.rma, statuses, concurrency: config().sync.concurrency }));
}

export const syncRunning = (centreId: number) => syncOf(centreId).running !== null;

/** At start the platform (or the simulator, started alongside) may not answer yet: try again shortly. */
async function firstSync(centre: Centre, attemptsLeft = 20) {
  // On PostgreSQL, another instance may have just synced the shared mirror (null): nothing to do.
  const result = await startSync(centre, usesPostgres()).catch(() => undefined);
  if ((result === undefined || result?.succeeded.length === 0) && attemptsLeft > 1) {
    setTimeout(() => void firstSync(centre, attemptsLeft - 1), 3_000).unref();
  }
}

/** Each centre not yet seen gets its first sync; the periodic ones run for every centre. */
const syncError = (error: unknown) => log.error({ event: "sync.error", error: errorField(error) });

async function everyCentre(periodic: boolean) {
  for (const centre of await allCentres()) {
    if (!schedule.started.has(centre.id)) {
      schedule.started.add(centre.id);
      void firstSync(centre);
    } else if (periodic) {
      void startSync(centre, true).catch(syncError);
    }
  }
}

export function startSyncSchedule() {
  if (schedule.timer) return;
  void everyCentre(false).catch(syncError);
  const { intervalMs } = config().sync;
  if (intervalMs > 0) {
    // A centre added at the terminal meanwhile is picked up at the next round.
    schedule.timer = setInterval(() => void everyCentre(true).catch(syncError), intervalMs);
    schedule.timer.unref();
  }
}

/** Whether this process's periodic sync is scheduled: /api/ready's "the sync timer alive". */
export function syncScheduleAlive(): boolean {
  return schedule.timer !== null;
}
