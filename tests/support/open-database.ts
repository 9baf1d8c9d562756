// What a child process opens (tests/support/*-runner.ts): the same database as its test's, a SQLite file
// or a PostgreSQL URL. Kept apart from database.ts, which needs vitest.
import { openAt, type Db } from "@/db";

export async function openTestDatabase(url: string): Promise<Db> {
  return (await openAt(url, 4)).db;
}
