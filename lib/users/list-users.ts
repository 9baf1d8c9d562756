import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";

/** What the admin page shows: never the password hash. */
export async function listUsers(db: Db) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.name));
}
