import "server-only";
// Every dossier's due time and figures written again, in the background, after what they depend on
// changed: a deadline rule, the repeat delay, the default aging threshold, or a release that did not keep
// them. A change leaves a mark in the database (`derived.pending`) in its own transaction, then starts the
// pass; the pass clears the mark it read when it is done. So the pages can say « recalcul en cours » on
// every instance, a process stopped mid-pass leaves the mark for the next start, and a change made while a
// pass runs gets a pass of its own.
import { and, eq } from "drizzle-orm";
import { oncePerCluster, type Db } from "@/db";
import { appSettings } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { config } from "@/lib/config/env";
import { errorField, log } from "@/lib/log/logger";
import { readSetting, writeSetting } from "@/lib/settings";
import { refreshAllDerived } from "./derived";

const PENDING = "derived.pending";
/** The default threshold the due times were written under (AGING_ALERT_DAYS). */
const DEFAULT_DAYS = "deadlines.default_days";
/** Set once the figures of every dossier were written (a release before them had none). */
const FACTS = "indicators.facts";
const FACTS_VERSION = "1";

/** Marks every dossier's derived values stale; in the transaction of the change that makes them so. */
export const markDerivedStale = (db: Db | Tx, now = new Date()) => writeSetting(db, PENDING, `${now.getTime()}-${Math.random().toString(36).slice(2)}`);

/** Whether a pass is owed or running: the pages say so. */
export const derivedPending = async (db: Db) => (await readSetting(db, PENDING)) !== undefined;

/** One pass under the cluster's lock, if one is owed; the mark it read, or null when none was. */
function passOnce(db: Db): Promise<string | null> {
  return oncePerCluster(
    db,
    "atelier:derived",
    async () => {
      const mark = await readSetting(db, PENDING);
      if (mark === undefined) return null;
      const started = performance.now();
      const count = await refreshAllDerived(db);
      await writeSetting(db, DEFAULT_DAYS, String(config().aging.alertDays));
      await writeSetting(db, FACTS, FACTS_VERSION);
      await db.delete(appSettings).where(and(eq(appSettings.key, PENDING), eq(appSettings.value, mark)));
      log.info({ event: "derived.refreshed", count, ms: Math.round(performance.now() - started) });
      return mark;
    },
    { wait: true },
  ).then((mark) => mark ?? null);
}

const passes = new Map<Db, { running?: Promise<void>; queued?: Promise<void> }>();

/**
 * Runs the owed passes until none is owed. One at a time per database in this process; a call while one
 * runs queues one more (which a change made meanwhile needs), and calls while one is queued share it.
 */
export function recomputeDerived(db: Db): Promise<void> {
  const held = passes.get(db) ?? {};
  passes.set(db, held);
  if (held.queued) return held.queued;
  const start = (): Promise<void> => {
    const run = (async () => {
      while ((await passOnce(db)) !== null);
    })().finally(() => {
      if (held.running === run) held.running = undefined;
    });
    held.running = run;
    return run;
  };
  if (!held.running) return start();
  held.queued = held.running
    .catch(() => undefined)
    .then(() => {
      held.queued = undefined;
      return start();
    });
  return held.queued;
}

/** After a change committed: the pass, in the background. */
export function startDerivedPass(db: Db): void {
  recomputeDerived(db).catch((error: unknown) => log.error({ event: "derived.refresh_error", error: errorField(error) }));
}

/** At start: a pass if one is owed, the default threshold changed, or the figures were never written. Whether one ran. */
export async function derivedAtStart(db: Db): Promise<boolean> {
  const stale = (await readSetting(db, DEFAULT_DAYS)) !== String(config().aging.alertDays) || (await readSetting(db, FACTS)) !== FACTS_VERSION;
  if (stale) await markDerivedStale(db);
  if (!(await derivedPending(db))) return false;
  await recomputeDerived(db);
  return true;
}
