import "server-only";
// The signed-in user, re-read from the database on each request: a deactivated user, a reset password or a
// changed role takes effect at once, whatever the cookie says.
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { first } from "@/db";
import { users, type Role, type UserRow } from "@/db/schema";
import type { SessionUser } from "@/lib/context";
import { centreById } from "@/lib/tenancy/centres";
import { auth } from "./auth";
import { can, type Permission } from "./permissions";
import { safeReturnPath } from "./return-path";
import { matchesSessionSecret } from "./session-secret";

export type { SessionUser };

interface Presented {
  sessionVersion: number | undefined;
  sessionDigest: unknown;
  role: Role;
}
/** Whether a session as presented still opens this account: active, same version, same secret. */
function holds(user: UserRow | undefined, session: { sessionVersion?: number; sessionDigest?: unknown }): user is UserRow {
  return !!user && user.active && user.sessionVersion === session.sessionVersion && matchesSessionSecret(user.sessionSecret, session.sessionDigest);
}

// What the cookie presented, kept out of the user object itself: that one is passed to pages and components.
const presented = new WeakMap<SessionUser, Presented>();

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { userId?: number; sessionVersion?: number; sessionDigest?: unknown; centreId?: number } | null;
  if (!session?.userId) return null;
  const centre = await centreById(session.centreId ?? 0);
  if (!centre) return null;
  const user = await first(centre.db.select().from(users).where(eq(users.id, session.userId)));
  if (!holds(user, session)) return null;
  const signedIn: SessionUser = { id: user.id, email: user.email, name: user.name, role: user.role, centreId: centre.id };
  presented.set(signedIn, { sessionVersion: session.sessionVersion, sessionDigest: session.sessionDigest, role: user.role });
  return signedIn;
});

/**
 * For a long request (the live stream): whether the session it began with still holds, read again from the
 * database: false once the user signed out (anywhere), was deactivated, or had their role or password changed.
 */
export async function stillSignedIn(signedIn: SessionUser): Promise<boolean> {
  const was = presented.get(signedIn);
  const centre = await centreById(signedIn.centreId);
  if (!was || !centre) return false;
  const user = await first(centre.db.select().from(users).where(eq(users.id, signedIn.id)));
  return holds(user, was) && user.role === was.role;
}

/** For pages: no session goes to the sign-in page, a missing permission gets the 403 page. */
export async function requirePageUser(permission?: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) {
    const path = (await headers()).get("x-atelier-path");
    redirect(path ? `/connexion?retour=${encodeURIComponent(safeReturnPath(path))}` : "/connexion");
  }
  if (permission && !can(user.role, permission)) forbidden();
  return user;
}
