import "server-only";
// What the platform shows after a write whose outcome is unknown: a fresh read of the statuses where the
// dossier may be, and the status changes Atelier recorded since the first send. The command's own verify()
// judges from this (lib/commands/<verb>.ts).
import { createHash } from "node:crypto";
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { first } from "@/db";
import { dossiers, statusHistory, type OutboxRow } from "@/db/schema";
import type { Evidence } from "@/lib/commands/types";
import { isStatusCode, type StatusCode } from "@/lib/rma/constants";
import { runSync } from "@/lib/sync/run-sync";
import type { OutboxDeps } from "./outbox";

/** The platform could not be read at all: nothing can be judged, and the check does not count. */
export class PlatformUnreadable extends Error {}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export async function gatherEvidence(deps: OutboxDeps, row: OutboxRow, toRead: string[]): Promise<Evidence> {
  const { db, client } = deps;
  const n = row.demandNumber;
  const mirrorStatus = () => first(db.select({ s: dossiers.statusCode, tracking: dossiers.trackingNumber }).from(dossiers).where(eq(dossiers.demandNumber, n)));
  // One clock for the reads and the sends they are compared with (a test may run the outbox's ahead).
  const now = () => deps.now?.() ?? new Date();
  const statuses = [...new Set([...toRead, row.beforeStatus, (await mirrorStatus())?.s].filter((s): s is StatusCode => typeof s === "string" && isStatusCode(s)))];
  const likely = await runSync({ db, client, statuses, concurrency: 2, now });
  if (likely.succeeded.length === 0) throw new PlatformUnreadable();
  let found = likely.listed.has(n);
  // Not in any of the likely lists: it moved somewhere else, and only a full read says where.
  if (!found) {
    const full = await runSync({ db, client, concurrency: 4, now });
    if (full.succeeded.length === 0) throw new PlatformUnreadable();
    found = full.listed.has(n);
  }
  const current = await mirrorStatus();
  const since = row.firstSentAt ?? row.lastSentAt ?? row.createdAt;
  const seen = (
    await db
    .select({ to: statusHistory.newStatus })
    .from(statusHistory)
    .where(and(eq(statusHistory.demandNumber, n), inArray(statusHistory.source, ["sync", "push"]), gt(statusHistory.at, since)))
    .orderBy(asc(statusHistory.at), asc(statusHistory.id))
  ).map((r) => r.to);
  let documents: Awaited<ReturnType<typeof client.documents>> | null = null;
  return {
    beforeStatus: row.beforeStatus,
    now: found && current ? { statusCode: current.s, trackingNumber: current.tracking } : null,
    seen,
    changedTo: (codes) => seen.some((s) => codes.includes(s)),
    changedSince: () => seen.length > 0,
    async matchingDocuments(match) {
      documents ??= await client.documents(n);
      return countMatching(documents, match);
    },
    baselineCount: row.baselineCount,
  };
}

export function countMatching(documents: Array<{ fileName: string; content: Buffer }>, match: { name?: string; size: number; sha256: string }): number {
  return documents.filter((d) => (match.name === undefined || d.fileName === match.name) && d.content.length === match.size && sha256(d.content) === match.sha256).length;
}
