import "server-only";
// The team's activity, from the audit log, filtered as the manager asks; also exported as CSV.
import { and, asc, desc, eq, gte, like, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { dayParam, endOfDay, optionalParam, pageParam } from "@/lib/url-params";
import type { Db } from "@/db";
import { auditLog, users } from "@/db/schema";


export const activityFilters = z.object({
  user: optionalParam(z.coerce.number().int().positive()),
  action: optionalParam(z.string().regex(/^[a-z.]+$/).max(40)),
  from: optionalParam(dayParam),
  to: optionalParam(dayParam),
  page: pageParam(),
});
export type ActivityFilters = z.output<typeof activityFilters>;
export const ACTIVITY_PAGE = 100;

function where(filters: ActivityFilters) {
  const conditions: SQL[] = [];
  if (filters.user) conditions.push(eq(auditLog.userId, filters.user));
  if (filters.action) conditions.push(like(auditLog.action, `${filters.action}%`));
  if (filters.from) conditions.push(gte(auditLog.at, new Date(`${filters.from}T00:00:00`)));
  if (filters.to) conditions.push(lt(auditLog.at, endOfDay(filters.to)));
  return conditions.length ? and(...conditions) : undefined;
}

export async function listActivity(db: Db, filters: ActivityFilters, limit = ACTIVITY_PAGE) {
  return db
    .select({ id: auditLog.id, at: auditLog.at, who: auditLog.userName, dossier: auditLog.dossierNumber, action: auditLog.action, outcome: auditLog.outcome, message: auditLog.message, summary: auditLog.summary })
    .from(auditLog)
    .where(where(filters))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset((filters.page - 1) * limit);
}

export const activityUsers = (db: Db) => db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name));
