import "server-only";
// Simulator mode only: the demo accounts exist, so a demo needs no set-up.
import { eq } from "drizzle-orm";
import { first, type Db } from "@/db";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-accounts";

export async function ensureDemoUsers(db: Db) {
  const missing = [];
  for (const u of Object.values(DEMO_USERS)) if (!(await first(db.select({ id: users.id }).from(users).where(eq(users.email, u.email))))) missing.push(u);
  if (!missing.length) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of missing) await db.insert(users).values({ ...user, passwordHash }).onConflictDoNothing();
}
