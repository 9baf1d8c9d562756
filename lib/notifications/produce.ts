import "server-only";
// Events are written by the change that causes them, in its transaction: a sync or a push that moves a
// dossier, an outbox command that fails or waits for a person, an assignment. The change names itself
// (changeKey), and the unique index keeps a second write of the same change out, so an event is never made
// twice, and never lost: no commit of the change without its event.
import { and, eq, inArray, sql } from "drizzle-orm";
import { first } from "@/db";
import { events, notificationPrefs, notifications, users, type Channel, type EventType } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { publish } from "@/lib/live/bus";

export type Audience = { all: true } | { userIds: number[]; managers?: boolean };

export interface NewEvent {
  type: EventType;
  demandNumber: string | null;
  changeKey: string;
  data?: Record<string, unknown>;
  at: Date;
  audience: Audience;
  demo?: boolean;
}

/** The event and one notification per person it concerns, as each wants it. False when already written. */
export async function produceEvent(tx: Tx, event: NewEvent): Promise<boolean> {
  const inserted = await first(
    tx
    .insert(events)
    .values({ type: event.type, demandNumber: event.demandNumber, changeKey: event.changeKey, data: JSON.stringify(event.data ?? {}), at: event.at, demo: event.demo ?? false })
    .onConflictDoNothing()
    .returning({ id: events.id }),
  );
  if (!inserted) return false;
  const audience = event.audience;
  const people = await tx
    .select({ id: users.id, channel: notificationPrefs.channel })
    .from(users)
    .leftJoin(notificationPrefs, and(eq(notificationPrefs.userId, users.id), eq(notificationPrefs.type, event.type)))
    .where(
      and(
        eq(users.active, true),
        "all" in audience
          ? undefined
          : audience.managers
            ? sql`(${users.id} IN ${audience.userIds.length ? audience.userIds : [-1]} OR ${users.role} IN ('manager', 'admin'))`
            : inArray(users.id, audience.userIds.length ? audience.userIds : [-1]),
      ),
    );
  if (people.length) {
    await tx
      .insert(notifications)
      .values(people.map((p) => ({ userId: p.id, eventId: inserted.id, ...delivery(p.channel ?? "app") })))
      .onConflictDoNothing();
  }
  publish(["notifications", "home"]);
  return true;
}

function delivery(channel: Channel) {
  return { inApp: channel !== "email", email: channel === "app" ? null : ("pending" as const) };
}

/** The events a status change brings (section 4's moments people wait for). */
export function statusEvent(change: { demandNumber: string; from: string | null; to: string; historyId: number | bigint; at: Date; treatment?: string | null }): NewEvent | null {
  const base = { demandNumber: change.demandNumber, changeKey: `history:${change.historyId}`, at: change.at, audience: { all: true } as const };
  if (change.to === "RMAD" && change.from !== "RMAD") return { ...base, type: "dossier_new", data: { status: change.to } };
  if (change.from === null) return null;
  if (change.to === "VDE" || change.to === "RDE") return { ...base, type: "quote_answered", data: { status: change.to, treatment: change.treatment ?? null } };
  if (change.to === "INFREV") return { ...base, type: "info_answered", data: { status: change.to } };
  return null;
}
