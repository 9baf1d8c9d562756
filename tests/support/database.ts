// A fresh database per test, migrated from scratch exactly as the app does at start: a SQLite file, or in
// the PostgreSQL project (DATABASE_URL set by vitest.config.mts) a database copied from the migrated template
// on the run's throwaway cluster.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { openAt, usesPostgres, type Db } from "@/db";
import { users, type Role } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { hashPassword } from "@/lib/auth/passwords";
import { offlineContext } from "@/lib/tenancy/offline";
import { createDatabase } from "../../scripts/postgres-cluster.mjs";

export interface TestDatabase {
  db: Db;
  /** A SQLite file's path, or a PostgreSQL database's URL: what a child process opens. */
  url: string;
  close: () => Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  const url = usesPostgres()
    ? await createDatabase(inject("postgresUrl"), `t_${randomUUID().replaceAll("-", "")}`, { template: "atelier_template" })
    : join(mkdtempSync(join(tmpdir(), "atelier-db-")), "atelier.db");
  return { url, ...(await openAt(url, 4)) };
}

export async function insertUser(db: Ctx["db"], role: Role, email = `${role}@test.fr`, password = "mot-de-passe-test") {
  const [row] = await db.insert(users).values({ email, name: `Nom ${role}`, role, passwordHash: await hashPassword(password) }).returning();
  return { ...row!, password };
}

export function ctxFor(db: Ctx["db"], user: { id: number; email: string; name: string; role: Role }, now = new Date()): Ctx {
  return offlineContext(db, { id: user.id, email: user.email, name: user.name, role: user.role, centreId: 0 }, now);
}
