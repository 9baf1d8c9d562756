// Upgrades that cannot half-happen: a migration that fails leaves the database as it was, and code never opens
// a database a newer release migrated. Both engines; tests/server/start-refuses.test.ts starts the app on one.
import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { openDatabase, usesPostgres } from "@/db";
import { DatabaseNewerThanCode, MigrationFailed } from "@/db/migration-guard";
import { migratePostgres } from "@/db/postgres";
import { createDatabase } from "../../scripts/postgres-cluster.mjs";

const ENGINE_FOLDER = usesPostgres() ? "db/pg/migrations" : "db/migrations";

/** Today's migrations plus one more, as a later release would ship it. */
function withExtraMigration(tag: string, sql: string) {
  const dir = mkdtempSync(join(tmpdir(), "atelier-migrations-"));
  cpSync(ENGINE_FOLDER, dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ idx: number; when: number; tag: string; version: string; breakpoints: boolean }> };
  const last = journal.entries.at(-1)!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 60_000, tag });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(join(dir, `${tag}.sql`), sql);
  return dir;
}

const BROKEN = "CREATE TABLE broken_probe (id integer);\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);";
const FUTURE = "CREATE TABLE future_probe (id integer);";

/** A database at today's release, with a user in it; its state read back by `tables()` and `applied()`. */
async function todaysDatabase() {
  if (usesPostgres()) {
    const url = await createDatabase(inject("postgresUrl"), `g_${randomUUID().replaceAll("-", "")}`, { template: "atelier_template" });
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    await pool.query("INSERT INTO users (email, name, role, password_hash, session_secret) VALUES ('a@test.fr', 'A', 'technician', 'x', 's')");
    return {
      migrate: (folder?: string) => migratePostgres(pool, undefined, folder),
      tables: async () => (await pool.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows.map((r) => r.t),
      applied: async () => Number((await pool.query<{ n: string }>("SELECT count(*) AS n FROM drizzle.__drizzle_migrations")).rows[0]!.n),
      users: async () => Number((await pool.query<{ n: string }>("SELECT count(*) AS n FROM users")).rows[0]!.n),
      close: () => pool.end(),
      path: "",
    };
  }
  const path = join(mkdtempSync(join(tmpdir(), "atelier-guard-")), "atelier.db");
  openDatabase(path).sqlite.exec("INSERT INTO users (email, name, role, password_hash, session_secret) VALUES ('a@test.fr', 'A', 'technician', 'x', 's')");
  const read = <T,>(query: string) => {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare(query).pluck().all() as T[];
    } finally {
      db.close();
    }
  };
  return {
    migrate: async (folder?: string) => void openDatabase(path, folder).sqlite.close(),
    tables: async () => read<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1"),
    applied: async () => read<number>("SELECT count(*) FROM __drizzle_migrations")[0]!,
    users: async () => read<number>("SELECT count(*) FROM users")[0]!,
    close: async () => undefined,
    path,
  };
}

describe("migrations", () => {
  it("one that fails leaves the database as it was", async () => {
    const db = await todaysDatabase();
    try {
      const [tables, applied] = [await db.tables(), await db.applied()];
      const failure = await db.migrate(withExtraMigration("0099_broken", BROKEN)).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MigrationFailed);
      expect((failure as MigrationFailed).reason).toMatch(/no_such_table/);
      expect(await db.tables()).toEqual(tables);
      expect(await db.applied()).toBe(applied);
      expect(await db.users()).toBe(1);
      // …and today's code still opens it.
      await db.migrate();
    } finally {
      await db.close();
    }
  });

  it("a database a newer release migrated is refused, and left alone", async () => {
    const db = await todaysDatabase();
    try {
      await db.migrate(withExtraMigration("0099_future", FUTURE));
      const [tables, applied] = [await db.tables(), await db.applied()];
      expect(tables).toContain("future_probe");
      await expect(db.migrate()).rejects.toBeInstanceOf(DatabaseNewerThanCode);
      expect(await db.tables()).toEqual(tables);
      expect(await db.applied()).toBe(applied);
    } finally {
      await db.close();
    }
  });
});
