import "server-only";
// "New since your last visit": when a manager last opened the quote view, and what was answered since.
import { and, count, eq, gt } from "drizzle-orm";
import type { Db } from "@/db";
import { quotes, userViews } from "@/db/schema";

export const QUOTES_VIEW = "devis";

export function lastVisit(db: Db, userId: number, view = QUOTES_VIEW): Date | null {
  return db.select({ seenAt: userViews.seenAt }).from(userViews).where(and(eq(userViews.userId, userId), eq(userViews.view, view))).get()?.seenAt ?? null;
}

export function markVisited(db: Db, userId: number, at: Date, view = QUOTES_VIEW) {
  db.insert(userViews).values({ userId, view, seenAt: at }).onConflictDoUpdate({ target: [userViews.userId, userViews.view], set: { seenAt: at } }).run();
}

/** Answers that arrived after the last visit (all of them before a first visit). */
export function newAnswersCount(db: Db, userId: number): number {
  const since = lastVisit(db, userId) ?? new Date(0);
  return db.select({ n: count() }).from(quotes).where(gt(quotes.answeredAt, since)).get()?.n ?? 0;
}
