import "server-only";
// The process's database handles: the main database (the registry of centres, and the environment's
// centre's data) and each centre's, opened once where the configuration says. db/ opens what it is given;
// this is where the configuration comes in.
import { config } from "@/lib/config/env";
import { connectPostgres, openAt, openDatabase, type Db } from "@/db";

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

