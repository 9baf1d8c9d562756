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
import { config } from "@/lib/config/env";
import { usesPostgres } from "./engine";
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
export function openDatabase(path: string): { db: Db; sqlite: Database.Database } {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const database = drizzle(sqlite, { schema });
  migrate(database, { migrationsFolder: MIGRATIONS });
  asyncTransactions(database, sqlite);
  return { db: database as unknown as Db, sqlite };
}

/** A PostgreSQL database's pool, and the scope its once-per-cluster work is named in (its centre's schema). */
const pools = new WeakMap<object, { pool: pg.Pool; scope: string }>();

/** The pool and its database at once; the migrations run meanwhile (`migrated`). */
function connectPostgres(url: string, max?: number, schemaName?: string) {
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

const globalForDb = globalThis as unknown as { atelierDb?: Db; atelierDbReady?: Promise<void> };

/**
 * The main database: the registry of centres, and the environment's centre's data. The app reaches a
 * centre's data through its centre (lib/tenancy), never through this.
 */
export function mainDb(): Db {
  if (!globalForDb.atelierDb) {
    const { databaseUrl, databasePath } = config();
    if (databaseUrl) {
      const opened = connectPostgres(databaseUrl);
      globalForDb.atelierDbReady = opened.migrated;
      globalForDb.atelierDb = opened.db;
    } else {
      globalForDb.atelierDb = openDatabase(databasePath).db;
    }
  }
  return globalForDb.atelierDb;
}

/** At start, before any request: the database open and migrated. */
export async function prepareDatabase(): Promise<Db> {
  const database = mainDb();
  await globalForDb.atelierDbReady;
  return database;
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

const centreDatabases = ((globalThis as unknown as { atelierCentreDbs?: Map<number, Promise<Db>> }).atelierCentreDbs ??= new Map());

/**
 * The database of a centre: 0, the environment's centre, is the main database; any other keeps its data
 * apart, in a PostgreSQL schema of its own (centre_<id>) or a SQLite file of its own beside the main one.
 * What a centre's database holds is that centre's alone: no query made through it can reach another's.
 */
export function centreDatabase(id: number): Promise<Db> {
  if (!Number.isSafeInteger(id) || id < 0) return Promise.reject(new Error(`centre ${id}`));
  if (id === 0) return prepareDatabase();
  let opened = centreDatabases.get(id);
  if (!opened) {
    opened = openCentre(id);
    centreDatabases.set(id, opened);
    opened.catch(() => centreDatabases.delete(id));
  }
  return opened;
}

/**
 * A centre removed or re-created: its handle is let go, and the next use opens its database afresh. Requests
 * already holding the old one finish with it; it is not closed under them.
 */
export function forgetCentreDatabase(id: number) {
  centreDatabases.delete(id);
}

async function openCentre(id: number): Promise<Db> {
  const { databaseUrl, databasePath } = config();
  await prepareDatabase(); // the extensions, in public, come with the main database's migrations
  return (await openAt(databaseUrl ?? databasePath, 5, id)).db;
}

export const centreSchema = (id: number) => `centre_${id}`;
/** data/atelier.db → data/atelier.centre-3.db */
export const centreFile = (mainPath: string, id: number) => mainPath.replace(/(\.db)?$/, `.centre-${id}.db`);
