import "server-only";
// One dossier as its page shows it: the mirrored fields and a timeline of statuses, actions and notes.
import { and, asc, eq, notLike } from "drizzle-orm";
import { first, type Db } from "@/db";
import { auditLog, dossiers, notes, statusHistory, users } from "@/db/schema";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";

export async function getDossier(db: Db, demandNumber: string) {
  const row = await first(db.select().from(dossiers).where(eq(dossiers.demandNumber, demandNumber)));
  if (!row) return null;
  let extra: Record<string, unknown> = {};
  try {
    extra = JSON.parse(row.extra) as Record<string, unknown>;
  } catch {
    // A corrupt extra column loses only the extras.
  }
  return { ...row, extra };
}
/**
 * Before asking the platform about a dossier: it is one of this centre's (in its mirror). Another centre's
 * number is "not found", whatever this centre's platform would say of it.
 */
export async function assertMirrored(db: Db, demandNumber: string) {
  if (!(await first(db.select({ n: dossiers.demandNumber }).from(dossiers).where(eq(dossiers.demandNumber, demandNumber))))) {
    throw new ServiceError("not_found", fr.dossier.notFound);
  }
}

export type DossierDetails = NonNullable<Awaited<ReturnType<typeof getDossier>>>;

export type TimelineEntry =
  | { kind: "status"; id: string; at: Date; from: string | null; to: string; comment: string | null; source: "sync" | "atelier" | "push"; by: string | null }
  | { kind: "action"; id: string; at: Date; action: string; outcome: string; message: string | null; by: string; summary: Record<string, unknown> }
  | { kind: "note"; id: string; noteId: number; at: Date; body: string; authorId: number; by: string; editedAt: Date | null };

export async function dossierTimeline(db: Db, demandNumber: string): Promise<TimelineEntry[]> {
  const statuses = await db
    .select({ id: statusHistory.id, at: statusHistory.at, from: statusHistory.oldStatus, to: statusHistory.newStatus, comment: statusHistory.comment, source: statusHistory.source, by: users.name })
    .from(statusHistory)
    .leftJoin(users, eq(users.id, statusHistory.userId))
    .where(eq(statusHistory.demandNumber, demandNumber))
    .orderBy(asc(statusHistory.at));
  // Status-changing actions already appear as status rows; the audit adds the others (documents, quotes…).
  const actions = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.dossierNumber, demandNumber), notLike(auditLog.action, "note.%")))
    .orderBy(asc(auditLog.at));
  const noteRows = await db
    .select({ id: notes.id, at: notes.createdAt, body: notes.body, authorId: notes.authorId, by: users.name, editedAt: notes.editedAt })
    .from(notes)
    .innerJoin(users, eq(users.id, notes.authorId))
    .where(eq(notes.demandNumber, demandNumber));
  const entries: TimelineEntry[] = [
    ...statuses.map((s) => ({ kind: "status" as const, id: `s${s.id}`, at: s.at, from: s.from, to: s.to, comment: s.comment, source: s.source, by: s.by })),
    ...actions.map((a) => ({
      kind: "action" as const,
      id: `a${a.id}`,
      at: a.at,
      action: a.action,
      outcome: a.outcome,
      message: a.message,
      by: a.userName,
      summary: JSON.parse(a.summary) as Record<string, unknown>,
    })),
    ...noteRows.map((n) => ({ kind: "note" as const, id: `n${n.id}`, noteId: n.id, at: n.at, body: n.body, authorId: n.authorId, by: n.by, editedAt: n.editedAt })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}
