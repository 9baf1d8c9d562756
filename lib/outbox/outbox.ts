import "server-only";
// The outbox: every write is stored first, then sent, in order per dossier, exactly once.
//   enqueue → (pending) → claim → deliver → sent | failed (refused) | pending (5xx, retried with backoff)
//                                          | unknown (no answer: verified against the platform before a resend)
import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog, dossiers, outbox, users, type OutboxRow, type OutboxState } from "@/db/schema";
import type { Ctx } from "@/lib/actions/safe-action";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RmaClient } from "@/lib/rma/client";
import { isRmaError, type RmaError } from "@/lib/rma/errors";
import { deliver } from "./deliver";
import { applyEffects } from "./effects";
import { payloads, summarize, type OutboxCommand } from "./payloads";
import { verifyApplied } from "./verify";

export interface OutboxDeps {
  db: Db;
  client: RmaClient;
  now?: () => Date;
  /** Called after a command changed what the platform holds (documents cache, for instance). */
  onSent?: (row: OutboxRow) => void;
}

/** After this many undecidable checks, a person must look. */
const MAX_VERIFICATIONS = 5;
const OPEN_STATES: OutboxState[] = ["pending", "sending", "unknown"];

export function backoffMs(attempts: number, random = Math.random): number {
  const base = Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
  return base + Math.floor(random() * base * 0.25);
}

export const commandOf = (row: Pick<OutboxRow, "kind" | "payload">): OutboxCommand =>
  ({ kind: row.kind, payload: payloads[row.kind].parse(JSON.parse(row.payload)) }) as OutboxCommand;

/** Stores a command (once per requestId) with its pending audit row. Returns the row, new or existing. */
export function enqueue(ctx: Ctx, input: { requestId: string; demandNumber: string; command: OutboxCommand }): { row: OutboxRow; duplicate: boolean } {
  return ctx.db.transaction((tx) => {
    const existing = tx.select().from(outbox).where(eq(outbox.requestId, input.requestId)).get();
    if (existing) return { row: existing, duplicate: true };
    const audit = recordAudit(tx, ctx, {
      dossierNumber: input.demandNumber,
      action: `dossier.${input.command.kind}`,
      summary: summarize(input.command),
      outcome: "pending",
    });
    const row = tx
      .insert(outbox)
      .values({
        requestId: input.requestId,
        demandNumber: input.demandNumber,
        kind: input.command.kind,
        payload: JSON.stringify(input.command.payload),
        state: "pending",
        nextAttemptAt: ctx.now,
        createdBy: ctx.user.id > 0 ? ctx.user.id : null,
        createdAt: ctx.now,
        auditId: audit.id,
      })
      .returning()
      .get();
    return { row, duplicate: false };
  });
}

function claim(db: Db, id: number, from: OutboxState, now: Date): OutboxRow | undefined {
  return db
    .update(outbox)
    .set({ state: "sending", attempts: sql`${outbox.attempts} + 1` })
    .where(and(eq(outbox.id, id), eq(outbox.state, from), lte(outbox.nextAttemptAt, now)))
    .returning()
    .get();
}

function settle(db: Db, row: OutboxRow, state: OutboxState, fields: { lastError?: string | null; nextAttemptAt?: Date; sentAt?: Date }, audit?: { outcome: "ok" | "refused" | "failed"; message?: string | null }) {
  db.transaction((tx) => {
    tx.update(outbox).set({ state, ...fields }).where(eq(outbox.id, row.id)).run();
    if (audit && row.auditId) tx.update(auditLog).set({ outcome: audit.outcome, message: audit.message ?? null }).where(eq(auditLog.id, row.auditId)).run();
  });
}

function markSent(deps: OutboxDeps, row: OutboxRow, now: Date) {
  const command = commandOf(row);
  deps.db.transaction((tx) => {
    tx.update(outbox).set({ state: "sent", sentAt: now, lastError: null }).where(eq(outbox.id, row.id)).run();
    if (row.auditId) tx.update(auditLog).set({ outcome: "ok", message: null }).where(eq(auditLog.id, row.auditId)).run();
    applyEffects(tx, row.demandNumber, command, { userId: row.createdBy ?? 0, at: now });
  });
  deps.onSent?.(row);
}

function describe(error: unknown): string {
  if (isRmaError(error)) return error.platformMessage ?? `${error.kind}${error.httpStatus ? ` (HTTP ${error.httpStatus})` : ""}`;
  return error instanceof Error ? error.message : String(error);
}

/** Sends (or verifies) one claimable row. Returns its state afterwards. */
async function processRow(deps: OutboxDeps, row: OutboxRow): Promise<OutboxState> {
  const now = deps.now?.() ?? new Date();
  const claimed = claim(deps.db, row.id, row.state, now);
  if (!claimed) return row.state;
  const command = commandOf(claimed);

  if (row.state === "unknown") {
    const current = deps.db.select({ s: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, row.demandNumber)).get()?.s ?? null;
    const verdict = await verifyApplied(deps.client, row.demandNumber, command, current);
    if (verdict === "applied") {
      markSent(deps, claimed, now);
      return "sent";
    }
    if (verdict === "undecidable") {
      const giveUp = claimed.attempts >= MAX_VERIFICATIONS;
      settle(deps.db, claimed, "unknown", {
        lastError: giveUp ? "Résultat inconnu : à vérifier sur RMA Manager avant de renvoyer." : "Résultat inconnu, vérification en cours.",
        nextAttemptAt: new Date(now.getTime() + (giveUp ? 365 * 86_400_000 : backoffMs(claimed.attempts))),
      });
      return "unknown";
    }
    // Not applied: safe to send.
  }

  try {
    await deliver(deps.client, row.demandNumber, command);
    markSent(deps, claimed, deps.now?.() ?? new Date());
    return "sent";
  } catch (error) {
    const kind = isRmaError(error) ? (error as RmaError).kind : "network";
    const message = describe(error);
    if (kind === "refused" || kind === "validation" || kind === "not_found") {
      settle(deps.db, claimed, "failed", { lastError: message }, { outcome: "refused", message });
      return "failed";
    }
    // No answer, or an answer we cannot read: the request may have been applied. Check before resending.
    const ambiguous = kind === "timeout" || kind === "network" || kind === "bad_reply";
    const state: OutboxState = ambiguous ? "unknown" : "pending";
    settle(deps.db, claimed, state, { lastError: message, nextAttemptAt: new Date(now.getTime() + backoffMs(claimed.attempts)) });
    return state;
  }
}

/** Sends a dossier's open commands in order; stops at the first that is not settled (order is kept). */
export async function processDossier(deps: OutboxDeps, demandNumber: string): Promise<void> {
  for (let guard = 0; guard < 100; guard++) {
    const next = deps.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.demandNumber, demandNumber), inArray(outbox.state, OPEN_STATES)))
      .orderBy(asc(outbox.id))
      .limit(1)
      .get();
    if (!next || next.state === "sending") return;
    const now = deps.now?.() ?? new Date();
    if (next.nextAttemptAt.getTime() > now.getTime()) return;
    const state = await processRow(deps, next);
    if (state !== "sent" && state !== "failed") return;
  }
}

/** The worker's pass: every dossier with a command due. */
export async function processDue(deps: OutboxDeps, concurrency = 2): Promise<void> {
  const now = deps.now?.() ?? new Date();
  const due = deps.db
    .selectDistinct({ demandNumber: outbox.demandNumber })
    .from(outbox)
    .where(and(inArray(outbox.state, ["pending", "unknown"]), lte(outbox.nextAttemptAt, now)))
    .all()
    .map((r) => r.demandNumber);
  const queue = [...due];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let n = queue.shift(); n; n = queue.shift()) await processDossier(deps, n);
    }),
  );
}

/** At start: a row left "sending" by a stopped process may or may not have reached the platform. */
export function recoverInterrupted(db: Db) {
  return db.update(outbox).set({ state: "unknown", lastError: "Envoi interrompu : vérification avant renvoi." }).where(eq(outbox.state, "sending")).run().changes;
}

/** A command as the dossier and wizard pages list it (dates as ISO strings, to cross into the browser). */
export interface OpenCommand {
  id: number;
  kind: string;
  state: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  createdAt: string;
  by: string | null;
}

/** What the dossier page lists: the commands not settled, and those refused (until retried or given up). */
export function openCommands(db: Db, demandNumber: string): OpenCommand[] {
  return db
    .select({ id: outbox.id, kind: outbox.kind, state: outbox.state, attempts: outbox.attempts, lastError: outbox.lastError, nextAttemptAt: outbox.nextAttemptAt, createdAt: outbox.createdAt, by: users.name })
    .from(outbox)
    .leftJoin(users, eq(users.id, outbox.createdBy))
    .where(and(eq(outbox.demandNumber, demandNumber), inArray(outbox.state, ["pending", "sending", "unknown", "failed"])))
    .orderBy(asc(outbox.id))
    .all()
    .map((c) => ({ ...c, nextAttemptAt: c.nextAttemptAt.toISOString(), createdAt: c.createdAt.toISOString() }));
}

/** A destruction report sent after the dossier reached its current status (the DESTRUCT step's proof). */
export function sentReportSince(db: Db, demandNumber: string, since: Date): boolean {
  return db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.demandNumber, demandNumber), eq(outbox.kind, "document"), eq(outbox.state, "sent"), gte(outbox.sentAt, since)))
    .all()
    .some((row) => (JSON.parse(row.payload) as { type?: string }).type === "REPORT");
}

export const countOpen = (db: Db) =>
  db.select({ n: sql<number>`count(*)` }).from(outbox).where(inArray(outbox.state, ["pending", "sending", "unknown"])).get()?.n ?? 0;
