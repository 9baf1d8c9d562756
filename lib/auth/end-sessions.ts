import "server-only";
// Ending a user's sessions: a new session secret, so every cookie made with the old one is refused on every
// instance at its next request, and a word on the live bus, so their open streams close now.
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { publish } from "@/lib/live/bus";
import { newSessionSecret } from "./session-secret";

/** The live scope that tells a user's streams their session may have ended (app/api/live re-checks it). */
export const sessionScope = (userId: number) => `session:${userId}`;

export async function endSessions(db: Db, centreId: number, userId: number, now = new Date()) {
  await db.update(users).set({ sessionSecret: newSessionSecret(), updatedAt: now }).where(eq(users.id, userId));
  publish([sessionScope(userId)], { centre: centreId });
}
