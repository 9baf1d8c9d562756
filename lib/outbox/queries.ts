import "server-only";
// The outbox as the pages read it.
import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { outbox, users, type OutboxErrorCode } from "@/db/schema";

/** A command as the dossier and wizard pages list it (dates as ISO strings, to cross into the browser). */
export interface OpenCommand {
  id: number;
  kind: string;
  state: string;
  sendAttempts: number;
  verifyAttempts: number;
  code: OutboxErrorCode | null;
  /** What the platform said, as data (kind, HTTP status, its own message); the UI words it. */
  detail: { kind?: string; httpStatus?: number | null; platformMessage?: string | null; nonJson?: boolean } | null;
  nextAttemptAt: string;
  firstSentAt: string | null;
  createdAt: string;
  by: string | null;
}

/** What the dossier page lists: the commands not settled, and those refused (until retried or given up). */
export async function openCommands(db: Db, demandNumber: string): Promise<OpenCommand[]> {
  const rows = await db
    .select({
      id: outbox.id,
      kind: outbox.kind,
      state: outbox.state,
      sendAttempts: outbox.sendAttempts,
      verifyAttempts: outbox.verifyAttempts,
      code: outbox.lastErrorCode,
      detail: outbox.errorDetail,
      nextAttemptAt: outbox.nextAttemptAt,
      firstSentAt: outbox.firstSentAt,
      createdAt: outbox.createdAt,
      by: users.name,
    })
    .from(outbox)
    .leftJoin(users, eq(users.id, outbox.createdBy))
    .where(and(eq(outbox.demandNumber, demandNumber), inArray(outbox.state, ["pending", "sending", "unknown", "review", "failed"])))
    .orderBy(asc(outbox.id));
  return rows.map((c) => ({
      ...c,
      detail: c.detail ? (JSON.parse(c.detail) as OpenCommand["detail"]) : null,
      nextAttemptAt: c.nextAttemptAt.toISOString(),
      firstSentAt: c.firstSentAt?.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
    }));
}

/** A destruction report sent after the dossier reached its current status (the DESTRUCT step's proof). */
export async function sentReportSince(db: Db, demandNumber: string, since: Date): Promise<boolean> {
  const rows = await db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.demandNumber, demandNumber), eq(outbox.kind, "document"), eq(outbox.state, "sent"), gte(outbox.sentAt, since)));
  return rows.some((row) => (JSON.parse(row.payload) as { type?: string }).type === "REPORT");
}
