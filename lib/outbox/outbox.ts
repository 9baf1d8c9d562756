import "server-only";
// The outbox: every write is stored first, then sent, in order per dossier, exactly once.
//   enqueue → pending → (claimed under a lease) → sent
//                                              → failed   (the platform refused it)
//                                              → pending  (surely not sent: retried with backoff)
//                                              → unknown  (sent, no usable answer) → verified → sent
//                                                           | sent again (only where the write leaves a trace)
//                                                           | review (a person decides)
import { and, asc, desc, eq, gt, inArray, lt, lte, sql } from "drizzle-orm";
import { first, type Db } from "@/db";
import { auditLog, dossiers, outbox, statusHistory, type OutboxRow, type OutboxState } from "@/db/schema";
import type { Ctx, OutboxDeps } from "@/lib/context";
import { recordAudit, type Tx } from "@/lib/audit/record-audit";
import { commandFor, type Verb } from "@/lib/commands/registry";
import type { CommandDefinition, Verdict } from "@/lib/commands/types";
import { isRmaError } from "@/lib/rma/errors";
import { uploadBytes } from "@/lib/files/uploads";
import { effectsFor } from "./effects";
import { countMatching, gatherEvidence, PlatformUnreadable } from "./evidence";
import { claim, PROCESS_OWNER, release, takeOverExpired, whileHeld } from "./lease";

export type { OutboxDeps };

/** After this many checks that could not decide, a person must look. Sends are not counted here. */
export const MAX_VERIFICATIONS = 5;
/** States that hold the dossier's queue: nothing after them goes before they are settled. */
const BLOCKING: OutboxState[] = ["pending", "sending", "unknown", "review"];
const DEFAULT_LEASE_MS = 120_000;

type AnyCommand = CommandDefinition<Record<string, unknown>, Record<string, unknown>>;

export function backoffMs(attempts: number, random = Math.random): number {
  const base = Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
  return base + Math.floor(random() * base * 0.25);
}

const clock = (deps: OutboxDeps) => deps.now?.() ?? new Date();
const ownerOf = (deps: OutboxDeps) => deps.owner ?? PROCESS_OWNER;
const leaseOf = (deps: OutboxDeps) => deps.leaseMs ?? DEFAULT_LEASE_MS;

/** A stored row's command and parameters, as its verb reads them. */
export function commandOf(row: Pick<OutboxRow, "kind" | "payload">): { command: AnyCommand; params: Record<string, unknown> } {
  const command = commandFor(row.kind as Verb);
  return { command, params: command.params.parse(JSON.parse(row.payload)) };
}

class AlreadyStored extends Error {}

/**
 * Stores a command (once per requestId) with its pending audit row. Returns the row, new or existing.
 * `reserve` runs in the same transaction, before the row is written (a quote takes its number there).
 */
export async function enqueue(
  ctx: Ctx,
  input: { requestId: string; demandNumber: string; verb: Verb; params: Record<string, unknown>; reserve?: (tx: Tx) => Promise<void> | void },
): Promise<{ row: OutboxRow; duplicate: boolean }> {
  const command = commandFor(input.verb);
  const existing = () => first(ctx.db.select().from(outbox).where(eq(outbox.requestId, input.requestId)));
  const stored = await ctx.db.transaction(async (tx) => {
    if (await first(tx.select({ id: outbox.id }).from(outbox).where(eq(outbox.requestId, input.requestId)))) return null;
    await input.reserve?.(tx);
    const audit = await recordAudit(tx, ctx, { dossierNumber: input.demandNumber, action: `dossier.${input.verb}`, summary: command.summary(input.params), outcome: "pending" });
    const [row] = await tx
      .insert(outbox)
      .values({
        requestId: input.requestId,
        demandNumber: input.demandNumber,
        kind: input.verb,
        payload: JSON.stringify(input.params),
        state: "pending",
        nextAttemptAt: ctx.now,
        createdBy: ctx.user.id > 0 ? ctx.user.id : null,
        createdAt: ctx.now,
        auditId: audit.id,
      })
      // The same request stored meanwhile by another submission (another instance): this one, its audit
      // row and its quote number are undone, and the stored one is the answer.
      .onConflictDoNothing({ target: outbox.requestId })
      .returning();
    if (!row) throw new AlreadyStored();
    return row;
  }).catch((error: unknown) => {
    if (error instanceof AlreadyStored) return null;
    throw error;
  });
  return stored ? { row: stored, duplicate: false } : { row: (await existing())!, duplicate: true };
}

/** The platform applied it: the row, its audit row and Atelier's own data, in one transaction. */
export function settleSent(db: Db, row: OutboxRow, now: Date, held: { owner: string } | null): Promise<boolean> {
  const { command, params } = commandOf(row);
  return db.transaction(async (tx) => {
    const changes = { state: "sent" as const, sentAt: now, lastErrorCode: null, errorDetail: null };
    const ok = held
      ? await release(tx, row.id, held.owner, "sent", changes)
      : (await tx.update(outbox).set(changes).where(and(eq(outbox.id, row.id), eq(outbox.state, "review"))).returning({ id: outbox.id })).length === 1;
    if (!ok) return false;
    if (row.auditId) await tx.update(auditLog).set({ outcome: "ok", message: null }).where(eq(auditLog.id, row.auditId));
    await command.apply(effectsFor(tx, row.demandNumber, { userId: row.createdBy ?? 0, at: now }), params);
    return true;
  });
}

function detailOf(error: unknown): string {
  if (!isRmaError(error)) return JSON.stringify({ kind: "internal" });
  return JSON.stringify({ kind: error.kind, httpStatus: error.httpStatus, platformMessage: error.platformMessage, nonJson: error.nonJson });
}

/** Checks an unknown outcome against what the platform shows. */
async function verifyHeld(deps: OutboxDeps, row: OutboxRow, command: AnyCommand, params: Record<string, unknown>): Promise<Verdict | "unreadable"> {
  try {
    const evidence = await gatherEvidence(deps, row, command.statusesToRead(params));
    return await command.verify(evidence, params);
  } catch (error) {
    if (error instanceof PlatformUnreadable || isRmaError(error)) return "unreadable";
    throw error;
  }
}

/**
 * Before the first send: what the platform shows, so that a later check can tell a change. The commands
 * before this one on the dossier have settled (processDossier keeps the order): the last one applied left
 * the dossier at its status, unless the mirror has seen it move since; a mirror that shows it older than
 * that write is not the baseline.
 */
async function baselineFor(deps: OutboxDeps, row: OutboxRow, command: AnyCommand, params: Record<string, unknown>): Promise<{ beforeStatus: string | null; baselineCount: number | null }> {
  const beforeStatus = await statusAfterPredecessors(deps.db, row);
  const match = command.baseline?.(params);
  if (!match) return { beforeStatus, baselineCount: null };
  return { beforeStatus, baselineCount: countMatching(await deps.client.documents(row.demandNumber), match) };
}

async function statusAfterPredecessors(db: Db, row: OutboxRow): Promise<string | null> {
  const mirror = (await first(db.select({ s: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, row.demandNumber))))?.s ?? null;
  const settled = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.demandNumber, row.demandNumber), eq(outbox.state, "sent"), lt(outbox.id, row.id)))
    .orderBy(desc(outbox.sentAt), desc(outbox.id))
    .limit(20);
  const last = settled
    .map((r) => {
      const { command, params } = commandOf(r);
      return { sentAt: r.sentAt, status: command.expectedStatus(params) };
    })
    .find((r) => r.status && r.sentAt);
  if (!last) return mirror;
  // The platform's own moves since (a reseller's answer, another centre's tool) are in the history, as sync or push.
  const movedSince = await first(
    db
      .select({ id: statusHistory.id })
      .from(statusHistory)
      .where(and(eq(statusHistory.demandNumber, row.demandNumber), inArray(statusHistory.source, ["sync", "push"]), gt(statusHistory.at, last.sentAt!)))
      .limit(1),
  );
  return movedSince ? mirror : last.status;
}

/** Sends (or first verifies) one due row, if this process can claim it. Returns its state afterwards. */
async function processRow(deps: OutboxDeps, row: OutboxRow): Promise<OutboxState> {
  const owner = ownerOf(deps);
  const now = clock(deps);
  const held = await claim(deps.db, row, owner, now, leaseOf(deps));
  if (!held) return row.state;
  const { command, params } = commandOf(held);
  const later = (ms: number) => new Date(now.getTime() + ms);
  const backoff = deps.backoff ?? backoffMs;

  if (row.state === "unknown") {
    const verdict = await verifyHeld(deps, held, command, params);
    if (verdict === "unreadable") {
      // The platform did not answer the check: it proves nothing and does not count.
      await release(deps.db, held.id, owner, "unknown", { nextAttemptAt: later(backoff(held.verifyAttempts + 1)) });
      return "unknown";
    }
    const checks = held.verifyAttempts + 1;
    if (!(await whileHeld(deps.db, held.id, owner, { verifyAttempts: checks, leaseUntil: later(leaseOf(deps)) }))) return "sending";
    if (verdict === "applied") return (await settleSent(deps.db, held, clock(deps), { owner })) ? "sent" : "sending";
    if (!command.autoResend) {
      await release(deps.db, held.id, owner, "review", { lastErrorCode: "no_trace" });
      return "review";
    }
    if (verdict === "undecidable") {
      const park = checks >= MAX_VERIFICATIONS;
      await release(deps.db, held.id, owner, park ? "review" : "unknown", { lastErrorCode: "undecidable", nextAttemptAt: later(backoff(checks)) });
      return park ? "review" : "unknown";
    }
    // Surely not applied, and the write leaves a trace: it may go again.
  }

  let before: { beforeStatus: string | null; baselineCount: number | null } = { beforeStatus: held.beforeStatus, baselineCount: held.baselineCount };
  if (!held.firstSentAt) {
    try {
      before = await baselineFor(deps, held, command, params);
    } catch (error) {
      await release(deps.db, held.id, owner, "pending", { lastErrorCode: "not_sent", errorDetail: detailOf(error), nextAttemptAt: later(backoff(held.sendAttempts + 1)) });
      return "pending";
    }
  }
  const sendAt = clock(deps);
  const marked = await whileHeld(deps.db, held.id, owner, {
    sendAttempts: held.sendAttempts + 1,
    lastSentAt: sendAt,
    firstSentAt: held.firstSentAt ?? sendAt,
    ...before,
    leaseUntil: new Date(sendAt.getTime() + leaseOf(deps)),
  });
  if (!marked) return "sending";
  const sent = { ...held, sendAttempts: held.sendAttempts + 1, firstSentAt: held.firstSentAt ?? sendAt, lastSentAt: sendAt, ...before };

  try {
    await command.send({ client: deps.client, bytes: (file) => uploadBytes(deps.db, file.uploadId) }, held.demandNumber, params);
  } catch (error) {
    const refused = isRmaError(error) && !error.notSent && (error.kind === "refused" || error.kind === "validation" || error.kind === "not_found");
    if (refused) {
      const message = error.platformMessage;
      await deps.db.transaction(async (tx) => {
        if ((await release(tx, held.id, owner, "failed", { lastErrorCode: "refused", errorDetail: detailOf(error) })) && held.auditId) {
          await tx.update(auditLog).set({ outcome: "refused", message }).where(eq(auditLog.id, held.auditId));
        }
      });
      return "failed";
    }
    if (isRmaError(error) && error.notSent) {
      await release(deps.db, held.id, owner, "pending", { lastErrorCode: "not_sent", errorDetail: detailOf(error), nextAttemptAt: later(backoff(sent.sendAttempts)) });
      return "pending";
    }
    // It may have been applied: check before anything is sent again.
    await release(deps.db, held.id, owner, "unknown", { lastErrorCode: "unknown_outcome", errorDetail: detailOf(error), nextAttemptAt: later(Math.min(backoff(1), 5_000)) });
    return "unknown";
  }
  if (!(await settleSent(deps.db, sent, clock(deps), { owner }))) return "sending";
  deps.onSent?.(sent);
  return "sent";
}

/** Sends a dossier's commands in order; stops at the first that is not settled, so order is kept. */
export async function processDossier(deps: OutboxDeps, demandNumber: string): Promise<void> {
  for (let guard = 0; guard < 100; guard++) {
    const next = await first(
      deps.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.demandNumber, demandNumber), inArray(outbox.state, BLOCKING)))
        .orderBy(asc(outbox.id))
        .limit(1),
    );
    if (!next || next.state === "sending" || next.state === "review") return;
    if (next.nextAttemptAt.getTime() > clock(deps).getTime()) return;
    const state = await processRow(deps, next);
    if (state !== "sent" && state !== "failed") return;
  }
}

/** The worker's pass: rows of stopped processes first, then every dossier with a command due. */
export async function processDue(deps: OutboxDeps, concurrency = 2): Promise<void> {
  const now = clock(deps);
  await takeOverExpired(deps.db, now);
  const due = (
    await deps.db
      .selectDistinct({ demandNumber: outbox.demandNumber })
      .from(outbox)
      .where(and(inArray(outbox.state, ["pending", "unknown"]), lte(outbox.nextAttemptAt, now)))
  ).map((r) => r.demandNumber);
  const queue = [...due];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let n = queue.shift(); n; n = queue.shift()) await processDossier(deps, n);
    }),
  );
}

export const countOpen = async (db: Db) =>
  (await first(db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(outbox).where(inArray(outbox.state, ["pending", "sending", "unknown", "review"]))))?.n ?? 0;
