// A fresh database per test, migrated from scratch exactly as the app does at start: a SQLite file, or in
// the PostgreSQL project (DATABASE_URL set by vitest.config.mts) a database copied from the migrated template
// on the run's throwaway cluster.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, openPostgres, usesPostgres, type Db } from "@/db";
import { users, type Role } from "@/db/schema";
import type { Ctx } from "@/lib/actions/safe-action";
import { hashPassword } from "@/lib/auth/passwords";

export interface TestDatabase {
  db: Db;
  /** A SQLite file's path, or a PostgreSQL database's URL: what a child process opens. */
  url: string;
  close: () => Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  if (!usesPostgres()) {
    const url = join(mkdtempSync(join(tmpdir(), "atelier-db-")), "atelier.db");
    const { db, sqlite } = openDatabase(url);
    return { db, url, close: async () => void sqlite.close() };
  }
  const cluster = inject("postgresUrl");
  const name = `t_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: cluster });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE atelier_template`);
  } finally {
    await admin.end();
  }
  const url = cluster.replace(/\/postgres$/, `/${name}`);
  const { db, pool } = await openPostgres(url, 4);
  return { db, url, close: () => pool.end() };
}

export async function insertUser(db: Ctx["db"], role: Role, email = `${role}@test.fr`, password = "mot-de-passe-test") {
  const [row] = await db.insert(users).values({ email, name: `Nom ${role}`, role, passwordHash: await hashPassword(password) }).returning();
  return { ...row!, password };
}

export function ctxFor(db: Ctx["db"], user: { id: number; email: string; name: string; role: Role }, now = new Date()): Ctx {
  return { db, user: { id: user.id, email: user.email, name: user.name, role: user.role }, now };
}
