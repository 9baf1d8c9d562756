import "server-only";
// The audit row every service verb writes, in the same transaction as the change it records.
import { first } from "@/db";
import { auditLog, type AuditOutcome } from "@/db/schema";
import type { Ctx, Tx } from "@/lib/context";

/**
 * A transaction, or the database itself. One type for both: on SQLite Atelier's transactions run on the
 * connection itself (db/sqlite-transactions.ts), and PostgreSQL's answer the same builder calls.
 */
export type { Tx };

export interface AuditEntry {
  dossierNumber?: string | null;
  action: string;
  /** Fields of the input worth reading later. Files as {name, bytes}: never their contents. */
  summary: Record<string, unknown>;
  outcome: AuditOutcome;
  message?: string | null;
}

export async function recordAudit(tx: Tx, ctx: Pick<Ctx, "user" | "now">, entry: AuditEntry) {
  const row = await first(
    tx
    .insert(auditLog)
    .values({
      at: ctx.now,
      // The CLI acts as user 0, who has no row.
      userId: ctx.user.id > 0 ? ctx.user.id : null,
      userName: ctx.user.name,
      dossierNumber: entry.dossierNumber ?? null,
      action: entry.action,
      summary: JSON.stringify(entry.summary),
      outcome: entry.outcome,
      message: entry.message ?? null,
    })
    .returning({ id: auditLog.id }),
  );
  return row!;
}
