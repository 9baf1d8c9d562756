import "server-only";
// Quotes the reseller has not answered after N days (7 by default, the app setting quotes.reminder_days),
// with their validity from the centre's identity; reminded at most once per N days.
import { and, asc, eq, isNull, lt, or } from "drizzle-orm";
import { positiveSetting } from "@/lib/settings";
import type { Db } from "@/db";
import { dossiers, quotes } from "@/db/schema";
import { readIdentity } from "@/lib/identity/store";

const DAY = 86_400_000;
export const DEFAULT_REMINDER_DAYS = 7;
export const REMINDER_DAYS_KEY = "quotes.reminder_days";

export const reminderDays = (db: Db) => positiveSetting(db, REMINDER_DAYS_KEY, DEFAULT_REMINDER_DAYS);

/** Unanswered quotes sent more than N days ago whose dossier still waits at EDE, and not reminded within N days. */
export async function quotesToRemind(db: Db, now = new Date(), limit = 100) {
  const [days, identity] = await Promise.all([reminderDays(db), readIdentity(db)]);
  const before = new Date(now.getTime() - days * DAY);
  const rows = await db
    .select({ id: quotes.id, demandNumber: quotes.demandNumber, quoteNumber: quotes.quoteNumber, totalCents: quotes.totalCents, sentAt: quotes.sentAt, remindedAt: quotes.remindedAt, resellerCode: dossiers.resellerCode })
    .from(quotes)
    .innerJoin(dossiers, eq(dossiers.demandNumber, quotes.demandNumber))
    .where(and(isNull(quotes.answer), eq(dossiers.statusCode, "EDE"), lt(quotes.sentAt, before), or(isNull(quotes.remindedAt), lt(quotes.remindedAt, before))))
    .orderBy(asc(quotes.sentAt))
    .limit(limit);
  return {
    days,
    quotes: rows.map((r) => {
      const validUntil = new Date(r.sentAt.getTime() + identity.quoteValidityDays * DAY);
      return { ...r, validUntil, expired: validUntil.getTime() < now.getTime() };
    }),
  };
}
