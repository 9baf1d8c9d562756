// What a child process opens (tests/support/*-runner.ts): the same database as its test's, a SQLite file
// or a PostgreSQL URL. Kept apart from database.ts, which needs vitest.
import { openDatabase, openPostgres, type Db } from "@/db";

export async function openTestDatabase(url: string): Promise<Db> {
  return /^postgres/.test(url) ? (await openPostgres(url, 4)).db : openDatabase(url).db;
}
