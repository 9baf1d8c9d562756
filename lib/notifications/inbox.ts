import "server-only";
// A person's notifications: the bell's count, the list, reading them, and how they want each type.
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { first, type Db } from "@/db";
import { CHANNELS, EVENT_TYPES, events, notificationPrefs, notifications, type Channel, type EventType } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { publish } from "@/lib/live/bus";

export interface NotificationView {
  id: number;
  type: EventType;
  demandNumber: string | null;
  data: Record<string, unknown>;
  at: Date;
  read: boolean;
}

export const NOTIFICATIONS_PAGE = 50;

/** The bell's count; with a type, only that type's (« Aujourd'hui » counts the unread quote answers). */
export async function unreadCount(db: Db, userId: number, type?: EventType): Promise<number> {
  const unread = and(eq(notifications.userId, userId), eq(notifications.inApp, true), isNull(notifications.readAt));
  const query = db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(notifications);
  const row = await first(type ? query.innerJoin(events, eq(events.id, notifications.eventId)).where(and(unread, eq(events.type, type))) : query.where(unread));
  return row?.n ?? 0;
}

export async function listNotifications(db: Db, userId: number, page = 1): Promise<{ items: NotificationView[]; total: number }> {
  const where = and(eq(notifications.userId, userId), eq(notifications.inApp, true));
  const rows = await db
    .select({ id: notifications.id, readAt: notifications.readAt, type: events.type, demandNumber: events.demandNumber, data: events.data, at: events.at })
    .from(notifications)
    .innerJoin(events, eq(events.id, notifications.eventId))
    .where(where)
    .orderBy(desc(events.at), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE)
    .offset((page - 1) * NOTIFICATIONS_PAGE);
  const total = (await first(db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(notifications).where(where)))?.n ?? 0;
  return { items: rows.map((r) => ({ id: r.id, type: r.type, demandNumber: r.demandNumber, data: JSON.parse(r.data) as Record<string, unknown>, at: r.at, read: r.readAt !== null })), total };
}

export const markReadInput = z.object({ ids: z.array(z.number().int().positive()).min(1).max(500) });

/** Only the person's own notifications; someone else's id changes nothing. */
export async function markRead({ ctx, input }: { ctx: Ctx; input: z.output<typeof markReadInput> }) {
  const changed = (
    await ctx.db
      .update(notifications)
      .set({ readAt: ctx.now })
      .where(and(eq(notifications.userId, ctx.user.id), inArray(notifications.id, input.ids), isNull(notifications.readAt)))
      .returning({ id: notifications.id })
  ).length;
  publish(["notifications"]);
  return { count: changed };
}

export async function markAllRead({ ctx }: { ctx: Ctx }) {
  const changed = (
    await ctx.db
      .update(notifications)
      .set({ readAt: ctx.now })
      .where(and(eq(notifications.userId, ctx.user.id), eq(notifications.inApp, true), isNull(notifications.readAt)))
      .returning({ id: notifications.id })
  ).length;
  publish(["notifications"]);
  return { count: changed };
}

export async function preferencesOf(db: Db, userId: number): Promise<Record<EventType, Channel>> {
  const saved = await db.select().from(notificationPrefs).where(eq(notificationPrefs.userId, userId));
  return Object.fromEntries(EVENT_TYPES.map((t) => [t, saved.find((p) => p.type === t)?.channel ?? "app"])) as Record<EventType, Channel>;
}

export const preferencesInput = z.object({ channels: z.object(Object.fromEntries(EVENT_TYPES.map((t) => [t, z.enum(CHANNELS)])) as Record<EventType, z.ZodEnum<{ app: "app"; email: "email"; both: "both" }>>) });

export async function savePreferences({ ctx, input }: { ctx: Ctx; input: z.output<typeof preferencesInput> }) {
  await ctx.db.transaction(async (tx) => {
    for (const [type, channel] of Object.entries(input.channels) as Array<[EventType, Channel]>) {
      await tx.insert(notificationPrefs).values({ userId: ctx.user.id, type, channel }).onConflictDoUpdate({ target: [notificationPrefs.userId, notificationPrefs.type], set: { channel } });
    }
  });
  return preferencesOf(ctx.db, ctx.user.id);
}
