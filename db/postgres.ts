import "server-only";
// PostgreSQL: a pool, the migrations applied at start under an advisory lock (two instances starting
// together never migrate at once), and transactions that the whole data layer joins.
import { AsyncLocalStorage } from "node:async_hooks";
import { join } from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { MigrationFailed, reasonOf, refuseNewer } from "./migration-guard";
import * as schema from "./pg/schema";

const MIGRATIONS = join(process.cwd(), "db", "pg", "migrations");
/** Any fixed number: the key of the migration lock, the same for every instance of Atelier. */
const MIGRATION_LOCK = 4_188_001;

type PgDb = ReturnType<typeof drizzle<typeof schema>>;
type Tx = Parameters<Parameters<PgDb["transaction"]>[0]>[0];

const open = new AsyncLocalStorage<{ root: object; tx: Tx; done: boolean }>();

/**
 * Inside a transaction, a query written against the database itself runs in that transaction: a pool
 * would otherwise give it another connection, which would not see the transaction's rows and could wait
 * on its locks. A transaction begun inside another becomes a savepoint of it.
 */
function joiningTransactions(root: PgDb): PgDb {
  const begin = root.transaction.bind(root);
  const transaction = <T>(fn: (tx: Tx) => Promise<T>): Promise<T> => {
    const outer = open.getStore();
    if (outer?.root === root && !outer.done) return outer.tx.transaction(fn);
    const store = { root, tx: undefined as unknown as Tx, done: false };
    return begin((tx) => {
      store.tx = tx;
      return open.run(store, () => fn(tx));
    }).finally(() => {
      // A timer or promise started inside the transaction keeps this context: after the commit it uses the pool.
      store.done = true;
    });
  };
  return new Proxy(root, {
    get(target, property) {
      if (property === "transaction") return transaction;
      const outer = open.getStore();
      const source = outer?.root === target && !outer.done ? outer.tx : target;
      const value = Reflect.get(source, property, source) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(source) : value;
    },
  });
}

/**
 * A pool of connections. bigint (int8) values come back as strings, as drizzle reads them: the moments are
 * read through db/pg/schema/types.ts, and counts and sums through .mapWith(Number).
 */
export function createPool(url: string, max = 10, schemaName?: string) {
  // A centre's connections see its schema first, then public (the extensions); the migrations name no schema.
  return new pg.Pool({ connectionString: url, max, ...(schemaName ? { options: `-c search_path=${schemaName},public` } : {}) });
}

/**
 * Applies the migrations not yet applied, one instance at a time. A centre's schema keeps its own record
 * of them (drizzle creates the schema with it).
 */
export async function migratePostgres(pool: pg.Pool, schemaName?: string, migrationsFolder = MIGRATIONS) {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const table = `"${schemaName ?? "drizzle"}".__drizzle_migrations`;
    const exists = (await client.query<{ t: string | null }>("SELECT to_regclass($1) AS t", [table])).rows[0]?.t;
    if (exists) refuseNewer(Number((await client.query<{ at: string | null }>(`SELECT max(created_at) AS at FROM ${table}`)).rows[0]?.at ?? 0) || null, migrationsFolder);
    try {
      await migrate(drizzle(client), { migrationsFolder, ...(schemaName ? { migrationsSchema: schemaName } : {}) });
    } catch (error) {
      throw new MigrationFailed(reasonOf(error));
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

export function postgresDb(pool: pg.Pool) {
  return joiningTransactions(drizzle(pool, { schema }));
}

/**
 * Runs `fn` only if no other instance on this cluster runs the work called `name` now; null when one does
 * (or, with `wait`, once that other one is through).
 * The lock is a session lock held on one connection for the whole work, released whatever happens.
 */
export async function withAdvisoryLock<T>(pool: pg.Pool, name: string, fn: () => Promise<T>, wait = false): Promise<T | null> {
  const client = await pool.connect();
  try {
    if (wait) await client.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    else if (!(await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS locked", [name])).rows[0]?.locked) return null;
    try {
      return await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [name]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}
