import "server-only";
// PULL mode (section 1): ask the platform for the dossiers at every status, with bounded concurrency, and
// mirror them. A status whose call failed changes nothing; the others are applied as they arrive.
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { syncState } from "@/db/schema";
import { markMissing, upsertFromPlatform, type UpsertOutcome } from "@/lib/dossiers/mirror";
import { STATUS_CODES, type StatusCode } from "@/lib/rma/constants";
import type { RmaClient } from "@/lib/rma/client";
import { isRmaError } from "@/lib/rma/errors";

export interface SyncResult {
  startedAt: Date;
  finishedAt: Date;
  succeeded: StatusCode[];
  failed: Array<{ status: StatusCode; error: string }>;
  dossiers: number;
  inserted: number;
  changed: UpsertOutcome["changed"];
  missing: number;
}

export async function runSync(options: {
  db: Db;
  client: Pick<RmaClient, "retrieveRequests">;
  statuses?: readonly StatusCode[];
  concurrency: number;
  now?: () => Date;
}): Promise<SyncResult> {
  const now = options.now ?? (() => new Date());
  const statuses = [...(options.statuses ?? STATUS_CODES)];
  const result: SyncResult = { startedAt: now(), finishedAt: now(), succeeded: [], failed: [], dossiers: 0, inserted: 0, changed: [], missing: 0 };
  const seen = new Set<string>();
  const queue = [...statuses];

  async function worker() {
    for (let status = queue.shift(); status; status = queue.shift()) {
      try {
        const list = await options.client.retrieveRequests(status);
        const at = now();
        options.db.transaction((tx) => {
          const outcome = upsertFromPlatform(options.db, list, at, "sync");
          result.inserted += outcome.inserted;
          result.changed.push(...outcome.changed);
          tx.insert(syncState)
            .values({ statusCode: status!, lastSuccessAt: at, count: list.length })
            .onConflictDoUpdate({ target: syncState.statusCode, set: { lastSuccessAt: at, count: list.length, lastError: null, lastErrorAt: null } })
            .run();
        });
        for (const d of list) seen.add(d.demandNumber);
        result.dossiers += list.length;
        result.succeeded.push(status);
      } catch (error) {
        const message = isRmaError(error) ? `${error.kind}${error.platformMessage ? ` : ${error.platformMessage}` : ""}` : String(error);
        options.db
          .insert(syncState)
          .values({ statusCode: status, lastErrorAt: now(), lastError: message })
          .onConflictDoUpdate({ target: syncState.statusCode, set: { lastErrorAt: now(), lastError: message } })
          .run();
        result.failed.push({ status, error: message });
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(options.concurrency, statuses.length) }, worker));
  // Only a full run knows which dossiers the platform stopped returning.
  if (!options.statuses) result.missing = options.db.transaction((tx) => markMissing(tx, result.succeeded, seen));
  result.finishedAt = now();
  return result;
}

/** When the last complete good sync happened: every status fetched at least once, the oldest of them. */
export function lastGoodSync(db: Db): Date | null {
  const row = db
    .select({ count: sql<number>`count(${syncState.lastSuccessAt})`, oldest: sql<number | null>`min(${syncState.lastSuccessAt})` })
    .from(syncState)
    .get();
  return row && row.count >= STATUS_CODES.length && row.oldest ? new Date(row.oldest) : null;
}
