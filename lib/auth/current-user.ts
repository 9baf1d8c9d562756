import "server-only";
// The signed-in user, re-read from the database on each request: a deactivated user, a reset password or a
// changed role takes effect at once, whatever the cookie says.
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { first } from "@/db";
import { users, type Role } from "@/db/schema";
import { centreById } from "@/lib/tenancy/centres";
import { auth } from "./auth";
import { can, type Permission } from "./permissions";
import { safeReturnPath } from "./return-path";

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The centre the user belongs to (0: the environment's); everything they reach is that centre's. */
  centreId: number;
}

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { userId?: number; sessionVersion?: number; centreId?: number } | null;
  if (!session?.userId) return null;
  const centre = await centreById(session.centreId ?? 0);
  if (!centre) return null;
  const user = await first(centre.db.select().from(users).where(eq(users.id, session.userId)));
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, centreId: centre.id };
});

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
