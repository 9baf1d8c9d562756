import "server-only";
// "New since your last visit": when a manager last opened the quote view, and what was answered since.
import { and, count, eq, gt } from "drizzle-orm";
import { first, type Db } from "@/db";
import { quotes, userViews } from "@/db/schema";

export const QUOTES_VIEW = "devis";

export async function lastVisit(db: Db, userId: number, view = QUOTES_VIEW): Promise<Date | null> {
  return (await first(db.select({ seenAt: userViews.seenAt }).from(userViews).where(and(eq(userViews.userId, userId), eq(userViews.view, view)))))?.seenAt ?? null;
}

export async function markVisited(db: Db, userId: number, at: Date, view = QUOTES_VIEW) {
  await db.insert(userViews).values({ userId, view, seenAt: at }).onConflictDoUpdate({ target: [userViews.userId, userViews.view], set: { seenAt: at } });
}

/** Answers that arrived after the last visit (all of them before a first visit). */
export async function newAnswersCount(db: Db, userId: number): Promise<number> {
  const since = (await lastVisit(db, userId)) ?? new Date(0);
  return (await first(db.select({ n: count() }).from(quotes).where(gt(quotes.answeredAt, since))))?.n ?? 0;
}
