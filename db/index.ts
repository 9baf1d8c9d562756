import "server-only";
// Atelier's own database: one SQLite file, migrations applied on first use, WAL and foreign keys on.
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { config } from "@/lib/config/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
export { schema };

const MIGRATIONS = join(process.cwd(), "db", "migrations");

/** Opens (and migrates) a database file. Used by the app once, and by tests on files of their own. */
export function openDatabase(path: string): { db: Db; sqlite: Database.Database } {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, sqlite };
}

const globalForDb = globalThis as unknown as { atelierDb?: Db };

/** The process's database. */
export function db(): Db {
  globalForDb.atelierDb ??= openDatabase(config().databasePath).db;
  return globalForDb.atelierDb;
}
