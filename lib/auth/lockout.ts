import "server-only";
// Five failed sign-ins in ten minutes, for one account or from one address, lock further attempts until
// the oldest of those failures is ten minutes old. An account's count restarts at its last success.
import { and, eq, gt, lt, sql, type SQL } from "drizzle-orm";
import { first } from "@/db";
import type { Tx } from "@/lib/context";
import { loginAttempts } from "@/db/schema";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 10 * 60_000;

export interface LockState {
  locked: boolean;
  /** When the lock lifts, if locked. */
  until: Date | null;
}

async function failuresSince(db: Tx, who: SQL, since: number) {
  return (
    (await first(
      db
        .select({ count: sql<number>`count(*)`.mapWith(Number), oldest: sql<number | null>`min(${loginAttempts.at})`.mapWith(Number) })
        .from(loginAttempts)
        .where(and(who, eq(loginAttempts.success, false), gt(loginAttempts.at, new Date(since)))),
    )) ?? { count: 0, oldest: null }
  );
}

export async function lockState(db: Tx, email: string, ip: string, now = new Date()): Promise<LockState> {
  const windowStart = now.getTime() - WINDOW_MS;
  const lastSuccess =
    (
      await first(
        db
          .select({ at: sql<number | null>`max(${loginAttempts.at})`.mapWith(Number) })
          .from(loginAttempts)
          .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true))),
      )
    )?.at ?? 0;
  const hits = [
    await failuresSince(db, eq(loginAttempts.email, email), Math.max(windowStart, Number(lastSuccess))),
    await failuresSince(db, eq(loginAttempts.ip, ip), windowStart),
  ].filter((f) => f.count >= MAX_FAILURES);
  if (!hits.length) return { locked: false, until: null };
  return { locked: true, until: new Date(Math.max(...hits.map((f) => Number(f.oldest) + WINDOW_MS))) };
}

/** Records an attempt; returns its id. */
export async function recordAttempt(db: Tx, email: string, ip: string, success: boolean, now = new Date()): Promise<number> {
  const [{ id }] = (await db.insert(loginAttempts).values({ email, ip, success, at: now }).returning({ id: loginAttempts.id })) as [{ id: number }];
  // Rows older than a day serve no rule.
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 3_600_000)));
  return id;
}
