import "server-only";
// What a load balancer asks before it sends an instance traffic: the database answers, its migrations are
// all applied, and the sync's timer is alive. Each check is a yes or a no; why it is no is logged for the
// operator, never told to the caller, who may be anyone.
import { sql } from "drizzle-orm";
import { join } from "node:path";
import { rows, usesPostgres } from "@/db";
import { newestKnown } from "@/db/migration-guard";
import { config } from "@/lib/config/env";
import { syncScheduleAlive } from "@/lib/sync/scheduler";
import { prepareDatabase } from "@/lib/tenancy/databases";
import { errorField, log } from "@/lib/log/logger";

const TIMEOUT_MS = 2_000;

async function migrated(): Promise<boolean> {
  const database = await prepareDatabase();
  const known = newestKnown(join(process.cwd(), "db", usesPostgres() ? "pg" : "", "migrations")).at;
  const table = usesPostgres() ? sql.raw("drizzle.__drizzle_migrations") : sql.raw("__drizzle_migrations");
  const [row] = await rows<{ at: number | string | null }>(database, sql`SELECT max(created_at) AS at FROM ${table}`);
  return Number(row?.at) === known;
}

export async function readiness(): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
  const within = <T,>(work: Promise<T>) => Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS).unref())]);
  const checks: Record<string, boolean> = {};
  try {
    checks.migrations = await within(migrated());
    checks.database = true;
  } catch (error) {
    log.warn({ event: "ready.database", error: errorField(error) });
    checks.database = false;
    checks.migrations = false;
  }
  checks.sync = config().sync.intervalMs === 0 || syncScheduleAlive();
  return { ready: Object.values(checks).every(Boolean), checks };
}
