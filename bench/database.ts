// The benchmarks' databases, on the engine this process runs on: a SQLite file in the bench's folder, or
// (DATABASE_URL set to a throwaway cluster's server by bench/run.ts) a database of its own on PostgreSQL.
import { join } from "node:path";
import { openAt, usesPostgres } from "@/db";
import { createDatabase } from "../scripts/postgres-cluster.mjs";

export const engineName = () => (usesPostgres() ? "PostgreSQL" : "SQLite");

/** Where a benchmark's database lives: a file path, or the URL of a new, empty PostgreSQL database. */
export async function benchTarget(dir: string, name: string): Promise<string> {
  if (!usesPostgres()) return join(dir, `${name}.db`);
  return createDatabase(process.env.DATABASE_URL!, `bench_${name.replace(/\W/g, "_")}`);
}

export const openBench = (target: string) => openAt(target, 4);
