import "server-only";
// Atelier's own database. SQLite by default: one file, migrations applied on first use, WAL and foreign
// keys on. PostgreSQL when DATABASE_URL is set (several instances, several centres): a pool, migrations
// applied at start (prepareDatabase) under an advisory lock.
import Database from "better-sqlite3";
import type { SQL } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type pg from "pg";
import { usesPostgres } from "./engine";
import { MigrationFailed, reasonOf, refuseNewer } from "./migration-guard";
import { createPool, migratePostgres, postgresDb, withAdvisoryLock } from "./postgres";
import * as schema from "./schema";
import { asyncTransactions } from "./sqlite-transactions";

type Drizzle = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/**
 * The database, or a transaction of it: the same builder calls on both engines (typed as SQLite's), awaited,
 * and transactions that may await. `.get()`, `.all()`, `.run()` and raw `db.all()` are SQLite's alone: use
 * `first()`, `await` and `rows()`.
 */
export type Db = Omit<Drizzle, "transaction"> & { transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> };
export { schema };
export { usesPostgres };

const MIGRATIONS = join(process.cwd(), "db", "migrations");

/** Opens (and migrates) a database file. Used by the app once, and by tests on files of their own. */
export function openDatabase(path: string, migrationsFolder = MIGRATIONS): { db: Db; sqlite: Database.Database } {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const database = drizzle(sqlite, { schema });
  try {
    const applied = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get()
      ? (sqlite.prepare("SELECT max(created_at) AS at FROM __drizzle_migrations").get() as { at: number | null }).at
      : null;
    refuseNewer(applied, migrationsFolder);
    try {
      migrate(database, { migrationsFolder });
    } catch (error) {
      throw new MigrationFailed(reasonOf(error));
    }
  } catch (error) {
    sqlite.close();
    throw error;
  }
  asyncTransactions(database, sqlite);
  return { db: database as unknown as Db, sqlite };
}

/** A PostgreSQL database's pool, and the scope its once-per-cluster work is named in (its centre's schema). */
const pools = new WeakMap<object, { pool: pg.Pool; scope: string }>();

/** The pool and its database at once; the migrations run meanwhile (`migrated`): the main database opens this way. */
export function connectPostgres(url: string, max?: number, schemaName?: string) {
  const pool = createPool(url, max, schemaName);
  const database = postgresDb(pool) as unknown as Db;
  pools.set(database, { pool, scope: schemaName ?? "" });
  return { db: database, pool, migrated: migratePostgres(pool, schemaName) };
}

/**
 * A SQLite file or a PostgreSQL URL, opened and migrated (tests' and benchmarks' databases, their children,
 * and the app's centres): with `centre`, that centre's database beside it (its schema, or its file).
 */
export async function openAt(target: string, max?: number, centre?: number): Promise<{ db: Db; close: () => Promise<void> }> {
  if (/^postgres(ql)?:\/\//i.test(target)) {
    const opened = connectPostgres(target, max, centre ? centreSchema(centre) : undefined);
    await opened.migrated;
    return { db: opened.db, close: () => opened.pool.end() };
  }
  const { db: database, sqlite } = openDatabase(centre ? centreFile(target, centre) : target);
  return { db: database, close: async () => void sqlite.close() };
}

/** The first row a query returns, or undefined: `.get()`, which only SQLite's driver has. */
export async function first<T>(rows: PromiseLike<T[]>): Promise<T | undefined> {
  return (await rows)[0];
}

/** Rows of a hand-written query (the few the builder cannot say), in the shape its quoted aliases give. */
export async function rows<T>(database: Db, query: SQL): Promise<T[]> {
  if (!usesPostgres()) return database.all<T>(query);
  const result = (await (database as unknown as { execute: (q: SQL) => Promise<{ rows: T[] }> }).execute(query));
  return result.rows;
}

/** The rows a query reads, locked for this transaction on PostgreSQL (`FOR UPDATE`); SQLite's transaction is already the one writer. */
export function lockedForWrite<T>(query: PromiseLike<T[]>): PromiseLike<T[]> {
  return usesPostgres() ? (query as unknown as { for(strength: "update"): PromiseLike<T[]> }).for("update") : query;
}

/** A hand-written statement that returns nothing. */
export async function execute(database: Db, statement: SQL): Promise<void> {
  if (!usesPostgres()) {
    database.run(statement);
    return;
  }
  await (database as unknown as { execute: (q: SQL) => Promise<unknown> }).execute(statement);
}

/**
 * Work that runs once per cluster (the sync, the e-mail digest): on PostgreSQL only the instance that takes
 * the lock runs it, the others get null (or wait their turn); on SQLite, one process owns the file and
 * always runs it.
 */
export function oncePerCluster<T>(database: Db, name: string, fn: () => Promise<T>, options: { wait?: boolean } = {}): Promise<T | null> {
  const opened = pools.get(database);
  // Each centre syncs its own mirror: its lock is its own.
  return opened ? withAdvisoryLock(opened.pool, opened.scope ? `${opened.scope}:${name}` : name, fn, options.wait) : fn();
}

export const centreSchema = (id: number) => `centre_${id}`;
/** data/atelier.db → data/atelier.centre-3.db */
export const centreFile = (mainPath: string, id: number) => mainPath.replace(/(\.db)?$/, `.centre-${id}.db`);
