// A fresh SQLite file per test, migrated from scratch exactly as the app does at start.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@/db";
import { users, type Role } from "@/db/schema";
import type { Ctx } from "@/lib/actions/safe-action";
import { hashPassword } from "@/lib/auth/passwords";

export function freshDatabase() {
  const path = join(mkdtempSync(join(tmpdir(), "atelier-db-")), "atelier.db");
  return { path, ...openDatabase(path) };
}

export async function insertUser(db: Ctx["db"], role: Role, email = `${role}@test.fr`, password = "mot-de-passe-test") {
  const row = db.insert(users).values({ email, name: `Nom ${role}`, role, passwordHash: await hashPassword(password) }).returning().get();
  return { ...row, password };
}

export function ctxFor(db: Ctx["db"], user: { id: number; email: string; name: string; role: Role }, now = new Date()): Ctx {
  return { db, user: { id: user.id, email: user.email, name: user.name, role: user.role }, now };
}
