// The benchmarks' databases, on the engine this process runs on: a SQLite file in the bench's folder, or
// (DATABASE_URL set to a throwaway cluster's server by bench/run.ts) a database of its own on PostgreSQL.
import { join } from "node:path";
import pg from "pg";
import { openDatabase, openPostgres, usesPostgres, type Db } from "@/db";

export const engineName = () => (usesPostgres() ? "PostgreSQL" : "SQLite");

/** Where a benchmark's database lives: a file path, or the URL of a new, empty PostgreSQL database. */
export async function benchTarget(dir: string, name: string): Promise<string> {
  if (!usesPostgres()) return join(dir, `${name}.db`);
  const server = process.env.DATABASE_URL!;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const database = `bench_${name.replace(/\W/g, "_")}`;
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  return server.replace(/\/[^/]*$/, `/${database}`);
}

export async function openBench(target: string): Promise<{ db: Db; close: () => Promise<void> }> {
  if (/^postgres/.test(target)) {
    const { db, pool } = await openPostgres(target, 4);
    return { db, close: () => pool.end() };
  }
  const { db, sqlite } = openDatabase(target);
  return { db, close: async () => void sqlite.close() };
}
