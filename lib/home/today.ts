import "server-only";
// "Aujourd'hui": what waits for people now, as counts that link to the queue. A handful of indexed counts,
// so the page stays well under 50 ms at 10,000 dossiers (npm run bench measures it).
import { and, asc, eq, gte, inArray, lt, lte, notInArray, sql } from "drizzle-orm";
import { first, type Db } from "@/db";
import { auditLog, dossierCounts, dossiers, outbox, quotes } from "@/db/schema";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { CLOSED_STATUSES } from "@/lib/dossiers/phases";
import { unreadCount } from "@/lib/notifications/inbox";

export interface Today {
  toAccept: number;
  received: number;
  quoteAnswers: { vde: number; rde: number; unread: number };
  infoAnswers: number;
  late: { warn: number; alert: number };
  /** Open dossiers due within a working day, and past their due time (lib/dossiers/due.ts). */
  due: { risk: number; late: number };
  commands: Array<{ id: number; demandNumber: string; kind: string; state: string }>;
  mine: number;
  manager: {
    week: { sent: number; answered: number; accepted: number };
    oldest: { demandNumber: string; statusCode: string; createdAt: Date | null } | null;
    team: Array<{ userName: string; actions: number }>;
  } | null;
}

/** Monday 00:00 of the week that holds `now`, in the server's time zone. */
export function startOfWeek(now: Date) {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d;
}

export async function today(db: Db, user: { id: number; manager: boolean }, thresholds: { warnDays: number; alertDays: number }, now = new Date()): Promise<Today> {
  // The database keeps these counts itself (dossier_counts).
  const counts = new Map((await db.select().from(dossierCounts).where(inArray(dossierCounts.statusCode, ["RMAD", "D", "VDE", "RDE", "INFREV"]))).map((r) => [r.statusCode, r.count]));
  const open = notInArray(dossiers.statusCode, [...CLOSED_STATUSES]);
  const day = 86_400_000;
  // Both thresholds in one pass over the dossiers past the first.
  const alertBefore = now.getTime() - thresholds.alertDays * day;
  const late = (await first(
    db
      .select({
        warn: sql<number>`count(*) filter (where ${dossiers.statusChangedAt} > ${alertBefore})`.mapWith(Number),
        alert: sql<number>`count(*) filter (where ${dossiers.statusChangedAt} <= ${alertBefore})`.mapWith(Number),
      })
      .from(dossiers)
      .where(and(open, lte(dossiers.statusChangedAt, new Date(now.getTime() - thresholds.warnDays * day)))),
  )) ?? { warn: 0, alert: 0 };
  // One range of the due time's index: what is already late, and what falls due within a working day.
  const due = (await first(
    db
      .select({
        late: sql<number>`count(*) filter (where ${dossiers.dueAt} < ${now.getTime()})`.mapWith(Number),
        risk: sql<number>`count(*) filter (where ${dossiers.dueAt} >= ${now.getTime()})`.mapWith(Number),
      })
      .from(dossiers)
      .where(lt(dossiers.dueAt, addWorkingDays(now, 1))),
  )) ?? { late: 0, risk: 0 };
  const commands = await db
    .select({ id: outbox.id, demandNumber: outbox.demandNumber, kind: outbox.kind, state: outbox.state })
    .from(outbox)
    .where(inArray(outbox.state, ["failed", "review"]))
    .orderBy(asc(outbox.createdAt))
    .limit(20);
  const mine = (await first(db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(dossiers).where(and(eq(dossiers.assignedTo, user.id), open))))?.n ?? 0;

  let manager: Today["manager"] = null;
  if (user.manager) {
    const week = (await first(
      db
        .select({
          sent: sql<number>`count(*)`.mapWith(Number),
          answered: sql<number>`count(${quotes.answer})`.mapWith(Number),
          accepted: sql<number>`count(*) filter (where ${quotes.answer} = 'VDE')`.mapWith(Number),
        })
        .from(quotes)
        .where(gte(quotes.sentAt, startOfWeek(now))),
    )) ?? { sent: 0, answered: 0, accepted: 0 };
    const oldest = await first(
      db
      .select({ demandNumber: dossiers.demandNumber, statusCode: dossiers.statusCode, createdAt: dossiers.createdAt })
      .from(dossiers)
      .where(and(open, eq(dossiers.missing, false), sql`${dossiers.createdAt} IS NOT NULL`))
      .orderBy(asc(dossiers.createdAt))
      .limit(1),
    );
    const midnight = new Date(now);
    midnight.setHours(0, 0, 0, 0);
    const team = await db
      .select({ userName: auditLog.userName, actions: sql<number>`count(*)`.mapWith(Number) })
      .from(auditLog)
      .where(gte(auditLog.at, midnight))
      .groupBy(auditLog.userName)
      .orderBy(sql`count(*) DESC`)
      .limit(10);
    manager = { week, oldest: oldest ?? null, team };
  }
  return {
    toAccept: counts.get("RMAD") ?? 0,
    received: counts.get("D") ?? 0,
    quoteAnswers: { vde: counts.get("VDE") ?? 0, rde: counts.get("RDE") ?? 0, unread: await unreadCount(db, user.id, "quote_answered") },
    infoAnswers: counts.get("INFREV") ?? 0,
    late,
    due,
    commands,
    mine,
    manager,
  };
}
