// A database of the last release, with users in it, upgraded by the migrations of this one: every user keeps
// their account and gets a session secret of their own (an empty one would match any cookie that has none).
import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { drizzle as sqliteDrizzle } from "drizzle-orm/better-sqlite3";
import { migrate as sqliteMigrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as pgDrizzle } from "drizzle-orm/node-postgres";
import { migrate as pgMigrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { usesPostgres } from "@/db";
import { createDatabase } from "../../scripts/postgres-cluster.mjs";

/** The migrations folder as it was before `tag` (the first migration this release adds). */
function foldersUpTo(engineFolder: string, tag: string) {
  const dir = mkdtempSync(join(tmpdir(), "atelier-migrations-"));
  cpSync(engineFolder, dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  expect(at, `${tag} in ${engineFolder}`).toBeGreaterThan(0);
  for (const entry of journal.entries.slice(at)) rmSync(join(dir, `${entry.tag}.sql`));
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return dir;
}

const INSERT = `INSERT INTO users (email, name, role, password_hash) VALUES ('a@test.fr', 'A', 'technician', 'x'), ('b@test.fr', 'B', 'admin', 'y')`;

describe("upgrading from the last release", () => {
  it("gives every existing user a distinct session secret and keeps them", async () => {
    let secrets: Array<{ email: string; session_secret: string }>;
    if (usesPostgres()) {
      const url = await createDatabase(inject("postgresUrl"), `m_${randomUUID().replaceAll("-", "")}`);
      const pool = new pg.Pool({ connectionString: url, max: 1 });
      try {
        await pgMigrate(pgDrizzle(pool), { migrationsFolder: foldersUpTo("db/pg/migrations", "0004_session_secret") });
        await pool.query(INSERT);
        await pgMigrate(pgDrizzle(pool), { migrationsFolder: "db/pg/migrations" });
        secrets = (await pool.query("SELECT email, session_secret FROM users ORDER BY email")).rows;
      } finally {
        await pool.end();
      }
    } else {
      const file = new Database(join(mkdtempSync(join(tmpdir(), "atelier-db-")), "old.db"));
      sqliteMigrate(sqliteDrizzle(file), { migrationsFolder: foldersUpTo("db/migrations", "0016_session_secret") });
      file.exec(INSERT);
      sqliteMigrate(sqliteDrizzle(file), { migrationsFolder: "db/migrations" });
      secrets = file.prepare("SELECT email, session_secret FROM users ORDER BY email").all() as typeof secrets;
      file.close();
    }
    expect(secrets.map((s) => s.email)).toEqual(["a@test.fr", "b@test.fr"]);
    for (const s of secrets) expect(s.session_secret).toMatch(/^[0-9a-f]{64}$/);
    expect(secrets[0]!.session_secret).not.toBe(secrets[1]!.session_secret);
  });
});

const DOSSIER = `INSERT INTO dossiers (demand_number, type, status_code, client_name, client_mail, extra, status_changed_at, last_seen_at)
  VALUES ('ACH-1-0001', 'REP', 'RMAD', 'Jeanne Martin', 'jeanne@exemple.fr', '{"client_phone":"0600000000"}', 1700000000000, 1700000000000)`;

describe("upgrading to the release that pseudonymises", () => {
  it("keeps every dossier with its client, none of them marked pseudonymised", async () => {
    let rows: Array<{ demand_number: string; client_name: string; client_mail: string; extra: string; pseudonymised_at: unknown }>;
    if (usesPostgres()) {
      const url = await createDatabase(inject("postgresUrl"), `m_${randomUUID().replaceAll("-", "")}`);
      const pool = new pg.Pool({ connectionString: url, max: 1 });
      try {
        await pgMigrate(pgDrizzle(pool), { migrationsFolder: foldersUpTo("db/pg/migrations", "0005_pseudonymised") });
        await pool.query(DOSSIER);
        await pgMigrate(pgDrizzle(pool), { migrationsFolder: "db/pg/migrations" });
        rows = (await pool.query("SELECT demand_number, client_name, client_mail, extra, pseudonymised_at FROM dossiers")).rows;
      } finally {
        await pool.end();
      }
    } else {
      const file = new Database(join(mkdtempSync(join(tmpdir(), "atelier-db-")), "old.db"));
      sqliteMigrate(sqliteDrizzle(file), { migrationsFolder: foldersUpTo("db/migrations", "0017_pseudonymised") });
      file.exec(DOSSIER);
      sqliteMigrate(sqliteDrizzle(file), { migrationsFolder: "db/migrations" });
      rows = file.prepare("SELECT demand_number, client_name, client_mail, extra, pseudonymised_at FROM dossiers").all() as typeof rows;
      file.close();
    }
    expect(rows).toEqual([{ demand_number: "ACH-1-0001", client_name: "Jeanne Martin", client_mail: "jeanne@exemple.fr", extra: '{"client_phone":"0600000000"}', pseudonymised_at: null }]);
  });
});
