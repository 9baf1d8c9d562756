import "server-only";
// PULL mode (section 1): ask the platform for the dossiers at every status, with bounded concurrency, and
// mirror them. A status whose call failed changes nothing; the others are applied as they arrive. Inside
// a list, each dossier is read on its own: one that does not fit goes to the quarantine, the others sync.
// A list waits on disk (lib/rma/spill.ts) until it has all come, then is written in batches within one
// transaction: a status of 100,000 dossiers costs one batch of memory, and a failed read still changes nothing.
import { eq, sql } from "drizzle-orm";
import { first, type Db } from "@/db";
import { syncState } from "@/db/schema";
import { markMissing, upsertFromPlatform, type UpsertOutcome } from "@/lib/dossiers/mirror";
import { publish } from "@/lib/live/bus";
import { STATUS_CODES, type StatusCode } from "@/lib/rma/constants";
import type { RmaClient } from "@/lib/rma/client";
import { isRmaError, type RmaErrorKind } from "@/lib/rma/errors";
import { replaceQuarantine } from "./quarantine";

/** A status that could not be read, with what an operator needs to act on it. */
export interface SyncFailure {
  status: StatusCode;
  kind: RmaErrorKind | "internal";
  httpStatus: number | null;
  field: string | null;
  nonJson: boolean;
}

export interface SyncResult {
  startedAt: Date;
  finishedAt: Date;
  succeeded: StatusCode[];
  failed: SyncFailure[];
  dossiers: number;
  inserted: number;
  /** Dossiers set aside because they do not fit the format. */
  rejected: number;
  changed: UpsertOutcome["changed"];
  missing: number;
  /** The dossiers the statuses read listed and that fit the format: what this run saw of them. */
  listed: Set<string>;
}

export function failureOf(status: StatusCode, error: unknown): SyncFailure {
  if (isRmaError(error)) return { status, kind: error.kind, httpStatus: error.httpStatus, field: error.field, nonJson: error.nonJson };
  return { status, kind: "internal", httpStatus: null, field: null, nonJson: false };
}

export async function runSync(options: {
  db: Db;
  client: Pick<RmaClient, "retrieveSpilled">;
  statuses?: readonly StatusCode[];
  concurrency: number;
  now?: () => Date;
}): Promise<SyncResult> {
  const now = options.now ?? (() => new Date());
  const statuses = await syncOrder(options.db, options.statuses ?? STATUS_CODES);
  const result: SyncResult = { startedAt: now(), finishedAt: now(), succeeded: [], failed: [], dossiers: 0, inserted: 0, rejected: 0, changed: [], missing: 0, listed: new Set() };
  const seen = new Set<string>();
  const queue = [...statuses];
  // A 429 says the platform wants fewer of our reads at once: halve the workers for the rest of this round
  // (a worker past the limit stops after its current status; the others carry on with the queue).
  let allowed = Math.min(options.concurrency, statuses.length);
  const onThrottled = () => {
    allowed = Math.max(1, Math.floor(allowed / 2));
  };

  async function worker(index: number) {
    for (let status = queue.shift(); status; status = index < allowed ? queue.shift() : undefined) {
      try {
        const requestedAt = now();
        const list = await options.client.retrieveSpilled(status, { onThrottled });
        const { rejected } = list;
        const at = now();
        const listed: string[] = [];
        try {
          await options.db.transaction(async (tx) => {
            // A status read for the first time shows what was already there: nothing has "arrived".
            const known = (await first(tx.select({ at: syncState.lastSuccessAt }).from(syncState).where(eq(syncState.statusCode, status!))))?.at != null;
            for await (const batch of list.batches(BATCH)) {
              const outcome = await upsertFromPlatform(tx, batch, at, "sync", { announce: known, requestedAt });
              result.inserted += outcome.inserted;
              for (const change of outcome.changed) result.changed.push(change);
              for (const d of batch) listed.push(d.demandNumber);
            }
            await replaceQuarantine(tx, status!, rejected, at);
            const fields = { lastSuccessAt: at, count: list.count, rejected: rejected.length };
            await tx
              .insert(syncState)
              .values({ statusCode: status!, ...fields })
              .onConflictDoUpdate({ target: syncState.statusCode, set: { ...fields, lastError: null, lastErrorAt: null, lastErrorHttp: null, lastErrorField: null, lastErrorNonJson: false } });
          });
        } finally {
          list.dispose();
        }
        for (const n of listed) {
          seen.add(n);
          result.listed.add(n);
        }
        // A dossier we cannot read this time is not gone: it keeps its last known state, unmarked.
        for (const r of rejected) if (r.demandNumber) seen.add(r.demandNumber);
        result.dossiers += list.count;
        result.rejected += rejected.length;
        result.succeeded.push(status);
      } catch (error) {
        const failure = failureOf(status, error);
        const fields = { lastErrorAt: now(), lastError: failure.kind, lastErrorHttp: failure.httpStatus, lastErrorField: failure.field, lastErrorNonJson: failure.nonJson };
        await options.db.insert(syncState).values({ statusCode: status, ...fields }).onConflictDoUpdate({ target: syncState.statusCode, set: fields });
        result.failed.push(failure);
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(options.concurrency, statuses.length) }, (_, index) => worker(index)));
  // Only a full run in which every status answered knows which dossiers the platform stopped returning:
  // one that moved to a status whose call failed is not gone.
  if (!options.statuses && result.failed.length === 0) result.missing = await options.db.transaction((tx) => markMissing(tx, result.succeeded, seen));
  result.finishedAt = now();
  publish(["sync"]);
  return result;
}

/** Dossiers upserted at a time: what a status's sync holds in memory. */
const BATCH = 2_000;

/**
 * The statuses the reseller moves dossiers into come first (new dossiers, quote and information answers:
 * what people wait for), then the others by the size of their last reply, largest first, so the longest
 * upserts start while the smaller replies are still on their way.
 */
const FIRST: readonly string[] = ["RMAD", "VDE", "RDE", "INFREV", "RMAOK", "RMANOK"];
export async function syncOrder(db: Db, statuses: readonly StatusCode[]): Promise<StatusCode[]> {
  const sizes = new Map((await db.select({ status: syncState.statusCode, count: syncState.count }).from(syncState)).map((r) => [r.status, r.count ?? 0]));
  const rank = (s: StatusCode) => (FIRST.includes(s) ? FIRST.indexOf(s) - FIRST.length : 0);
  return [...statuses].sort((a, b) => rank(a) - rank(b) || (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
}

/** When the last complete good sync happened: every status fetched at least once, the oldest of them. */
export async function lastGoodSync(db: Db): Promise<Date | null> {
  const row = await first(
    db.select({ count: sql<number>`count(${syncState.lastSuccessAt})`.mapWith(Number), oldest: sql<number | null>`min(${syncState.lastSuccessAt})`.mapWith(Number) }).from(syncState),
  );
  return row && row.count >= STATUS_CODES.length && row.oldest ? new Date(row.oldest) : null;
}
