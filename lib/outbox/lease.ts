import "server-only";
// Each command is held by one process at a time, under a lease: its owner and an expiry. Every change to a
// held row names the expected state and owner, so two processes on one database never both send a command,
// and a process that lost its lease (it stalled, another took over) changes nothing.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { and, eq, lt, lte, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { outbox, type OutboxRow, type OutboxState } from "@/db/schema";
import type { Tx } from "@/lib/audit/record-audit";
import { dossierScopes, publish } from "@/lib/live/bus";
import { commandNeedsPerson } from "./attention";

/** This process, as lease owner. */
export const PROCESS_OWNER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

type RowChanges = Partial<typeof outbox.$inferInsert>;

/** Takes a due row in `from` for this owner. Undefined when another process was first, or it is not due. */
export function claim(db: Db, row: Pick<OutboxRow, "id" | "state">, owner: string, now: Date, leaseMs: number): OutboxRow | undefined {
  return db
    .update(outbox)
    .set({ state: "sending", owner, leaseUntil: new Date(now.getTime() + leaseMs) })
    .where(and(eq(outbox.id, row.id), eq(outbox.state, row.state), lte(outbox.nextAttemptAt, now)))
    .returning()
    .get();
}

const heldBy = (id: number, owner: string) => and(eq(outbox.id, id), eq(outbox.state, "sending"), eq(outbox.owner, owner));

/** A change to a row this owner holds; false when the lease was lost. */
export function whileHeld(tx: Tx, id: number, owner: string, changes: RowChanges): boolean {
  return tx.update(outbox).set(changes).where(heldBy(id, owner)).run().changes === 1;
}

/**
 * Lets go of a held row, into `state`. A command that failed or waits for a person tells people so, in
 * the same transaction; every release tells open pages of its dossier.
 */
export function release(tx: Tx, id: number, owner: string, state: OutboxState, changes: RowChanges = {}): boolean {
  const released = tx.transaction((t) => {
    const row = t.update(outbox).set({ ...changes, state, owner: null, leaseUntil: null }).where(heldBy(id, owner)).returning().get();
    if (row) commandNeedsPerson(t, row, new Date());
    return row;
  });
  if (released) publish(dossierScopes([released.demandNumber]));
  return released !== undefined;
}

/**
 * Rows whose holder stopped (crashed, killed) and whose lease ran out. One that never reached the wire goes
 * back to pending; one that may have is an unknown outcome, checked before anything is sent again.
 */
export function takeOverExpired(db: Db, now: Date): number {
  const expired = and(eq(outbox.state, "sending"), lt(outbox.leaseUntil, now));
  return db.transaction((tx) => {
    const toUnknown = tx
      .update(outbox)
      .set({ state: "unknown", owner: null, leaseUntil: null, lastErrorCode: "interrupted", nextAttemptAt: now })
      .where(and(expired, sql`${outbox.lastSentAt} IS NOT NULL`))
      .run().changes;
    const toPending = tx.update(outbox).set({ state: "pending", owner: null, leaseUntil: null, nextAttemptAt: now }).where(and(expired, sql`${outbox.lastSentAt} IS NULL`)).run().changes;
    return toUnknown + toPending;
  });
}
