import "server-only";
// Five failed sign-ins in ten minutes, for one account or from one address, lock further attempts until
// the oldest of those failures is ten minutes old. An account's count restarts at its last success.
import { and, eq, gt, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { loginAttempts } from "@/db/schema";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 10 * 60_000;

export interface LockState {
  locked: boolean;
  /** When the lock lifts, if locked. */
  until: Date | null;
}

function failuresSince(db: Db, who: SQL, since: number) {
  return (
    db
      .select({ count: sql<number>`count(*)`, oldest: sql<number | null>`min(${loginAttempts.at})` })
      .from(loginAttempts)
      .where(and(who, eq(loginAttempts.success, false), gt(loginAttempts.at, new Date(since))))
      .get() ?? { count: 0, oldest: null }
  );
}

export function lockState(db: Db, email: string, ip: string, now = new Date()): LockState {
  const windowStart = now.getTime() - WINDOW_MS;
  const lastSuccess =
    db
      .select({ at: sql<number | null>`max(${loginAttempts.at})` })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true)))
      .get()?.at ?? 0;
  const hits = [
    failuresSince(db, eq(loginAttempts.email, email), Math.max(windowStart, Number(lastSuccess))),
    failuresSince(db, eq(loginAttempts.ip, ip), windowStart),
  ].filter((f) => f.count >= MAX_FAILURES);
  if (!hits.length) return { locked: false, until: null };
  return { locked: true, until: new Date(Math.max(...hits.map((f) => Number(f.oldest) + WINDOW_MS))) };
}

/** Records an attempt; returns its id. */
export function recordAttempt(db: Db, email: string, ip: string, success: boolean, now = new Date()): number {
  const { id } = db.insert(loginAttempts).values({ email, ip, success, at: now }).returning({ id: loginAttempts.id }).get();
  // Rows older than a day serve no rule.
  db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 3_600_000))).run();
  return id;
}
