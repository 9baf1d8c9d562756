import "server-only";
// Each command is held by one process at a time, under a lease: its owner and an expiry. Every change to a
// held row names the expected state and owner, so two processes on one database never both send a command,
// and a process that lost its lease (it stalled, another took over) changes nothing.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { and, eq, inArray, isNotNull, isNull, lt, lte, type SQL, type SQLWrapper } from "drizzle-orm";
import { first, usesPostgres, type Db } from "@/db";
import { outbox, type OutboxRow, type OutboxState } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { dossierScopes, publish } from "@/lib/live/bus";
import { commandNeedsPerson } from "./attention";

/** This process, as lease owner. */
export const PROCESS_OWNER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

type RowChanges = Partial<typeof outbox.$inferInsert>;

/** Takes a due row in `from` for this owner. Undefined when another process was first, or it is not due. */
export function claim(db: Db, row: Pick<OutboxRow, "id" | "state">, owner: string, now: Date, leaseMs: number): Promise<OutboxRow | undefined> {
  const due = and(eq(outbox.id, row.id), eq(outbox.state, row.state), lte(outbox.nextAttemptAt, now));
  return first(
    db
      .update(outbox)
      .set({ state: "sending", owner, leaseUntil: new Date(now.getTime() + leaseMs) })
      .where(usesPostgres() ? and(due, inArray(outbox.id, unlockedRow(db, due))) : due)
      .returning(),
  );
}

/**
 * PostgreSQL: the row only if no other instance is claiming it right now (FOR UPDATE SKIP LOCKED), so a
 * second claimer moves on at once instead of waiting for the first one's commit. The conditions are checked
 * again by the UPDATE either way: a lease is never taken twice.
 */
function unlockedRow(db: Db, due: SQL | undefined): SQLWrapper {
  const query = db.select({ id: outbox.id }).from(outbox).where(due) as unknown as { for(strength: "update", config: { skipLocked: boolean }): SQLWrapper };
  return query.for("update", { skipLocked: true });
}

const heldBy = (id: number, owner: string) => and(eq(outbox.id, id), eq(outbox.state, "sending"), eq(outbox.owner, owner));

/** A change to a row this owner holds; false when the lease was lost. */
export async function whileHeld(tx: Tx, id: number, owner: string, changes: RowChanges): Promise<boolean> {
  return (await tx.update(outbox).set(changes).where(heldBy(id, owner)).returning({ id: outbox.id })).length === 1;
}

/**
 * Lets go of a held row, into `state`. A command that failed or waits for a person tells people so, in
 * the same transaction; every release tells open pages of its dossier.
 */
export async function release(tx: Tx, id: number, owner: string, state: OutboxState, changes: RowChanges = {}): Promise<boolean> {
  const released = await tx.transaction(async (t) => {
    const row = await first(t.update(outbox).set({ ...changes, state, owner: null, leaseUntil: null }).where(heldBy(id, owner)).returning());
    if (row) await commandNeedsPerson(t, row, new Date());
    return row;
  });
  if (released) publish(dossierScopes([released.demandNumber]));
  return released !== undefined;
}

/**
 * Rows whose holder stopped (crashed, killed) and whose lease ran out. One that never reached the wire goes
 * back to pending; one that may have is an unknown outcome, checked before anything is sent again.
 */
export function takeOverExpired(db: Db, now: Date): Promise<number> {
  const expired = and(eq(outbox.state, "sending"), lt(outbox.leaseUntil, now));
  return db.transaction(async (tx) => {
    const toUnknown = await tx
      .update(outbox)
      .set({ state: "unknown", owner: null, leaseUntil: null, lastErrorCode: "interrupted", nextAttemptAt: now })
      .where(and(expired, isNotNull(outbox.lastSentAt)))
      .returning({ id: outbox.id });
    const toPending = await tx
      .update(outbox)
      .set({ state: "pending", owner: null, leaseUntil: null, nextAttemptAt: now })
      .where(and(expired, isNull(outbox.lastSentAt)))
      .returning({ id: outbox.id });
    return toUnknown.length + toPending.length;
  });
}
