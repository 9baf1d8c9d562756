import "server-only";
// Dossiers the platform sent that do not fit the format: kept aside with their field and reason, for an
// admin to read on "Données à vérifier", and counted in the sync panel.
import { desc, eq, isNotNull, sql } from "drizzle-orm";
import { first, type Db } from "@/db";
import { quarantine, syncState } from "@/db/schema";
import type { Tx } from "@/lib/context";
import type { RejectedDossier } from "@/lib/rma/model";

const RAW_MAX = 20_000;

function rawText(raw: unknown): string {
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > RAW_MAX ? `${text.slice(0, RAW_MAX)}…` : text;
}

/** A good read of `source` replaces what it had set aside: a dossier the platform corrected leaves. */
export async function replaceQuarantine(tx: Tx, source: string, rejected: RejectedDossier[], at: Date) {
  const before = new Map(
    (
      await tx
      .select({ key: sql<string>`coalesce(${quarantine.demandNumber}, '') || '|' || ${quarantine.field}`, first: quarantine.firstSeenAt })
      .from(quarantine)
      .where(eq(quarantine.source, source))
    ).map((r) => [r.key, r.first]),
  );
  await tx.delete(quarantine).where(eq(quarantine.source, source));
  for (const r of rejected) {
    const firstSeen = before.get(`${r.demandNumber ?? ""}|${r.field}`) ?? at;
    await tx.insert(quarantine).values({ source, demandNumber: r.demandNumber, field: r.field, reason: r.reason, raw: rawText(r.raw), firstSeenAt: firstSeen, lastSeenAt: at });
  }
}

export function listQuarantine(db: Db) {
  return db.select().from(quarantine).orderBy(desc(quarantine.lastSeenAt), quarantine.id);
}

export const quarantineCount = async (db: Db) => (await first(db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(quarantine)))?.n ?? 0;

/** Per status, the last failure that came after its last success: what the sync panel lists. */
export function failingStatuses(db: Db) {
  return db
    .select({ status: syncState.statusCode, at: syncState.lastErrorAt, kind: syncState.lastError, httpStatus: syncState.lastErrorHttp, field: syncState.lastErrorField, nonJson: syncState.lastErrorNonJson })
    .from(syncState)
    .where(isNotNull(syncState.lastErrorAt))
    .orderBy(syncState.statusCode);
}

/** What the sync panel and the sync API report beside the last good sync. */
export async function syncProblems(db: Db) {
  const failing = (await failingStatuses(db)).map((f) => ({ status: f.status, kind: f.kind ?? "internal", httpStatus: f.httpStatus, field: f.field, nonJson: f.nonJson }));
  return { failing, quarantined: await quarantineCount(db) };
}
export type SyncProblems = Awaited<ReturnType<typeof syncProblems>>;
