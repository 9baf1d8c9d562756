import "server-only";
import { DatabaseNewerThanCode, MigrationFailed } from "@/db/migration-guard";
import { prepareDatabase } from "@/lib/tenancy/databases";
import { config } from "@/lib/config/env";
import { startBackupSchedule } from "@/lib/backup/schedule";
import { startRetentionSchedule } from "@/lib/privacy/schedule";
import { refreshDueAtStart } from "@/lib/deadlines/at-start";
import { startMailSchedule } from "@/lib/notifications/mail-schedule";
import { startLiveRelay } from "@/lib/live/cluster-relay";
import { startOutboxWorker } from "@/lib/outbox/runtime";
import { startSyncSchedule } from "@/lib/sync/scheduler";
import { ensureDemoUsers } from "@/lib/users/demo-users";
import { frOps } from "@/lib/i18n/fr-ops";
import { log } from "@/lib/log/logger";

/** A database this code must not run on: the reason, for the operator, then the process stops. */
function refuseToStart(error: unknown): never {
  if (error instanceof MigrationFailed) log.fatal({ event: "start.refused", cause: "migration_failed" }, frOps.log.migrationFailed(error.reason));
  else if (error instanceof DatabaseNewerThanCode) log.fatal({ event: "start.refused", cause: "newer_database" }, frOps.log.newerDatabase(new Date(error.appliedAt).toISOString(), new Date(error.knownAt).toISOString()));
  else throw error;
  process.exit(1);
}

/** Start-up work of the Next.js server process; a bad configuration stops it here, with its message. */
export async function startServer() {
  const { mode, databasePath, databaseUrl } = config();
  const database = await prepareDatabase().catch(refuseToStart); // applies pending migrations
  // Where, never with its password.
  const where = databaseUrl ? `PostgreSQL ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}` : databasePath;
  log.info({ event: "start", mode }, frOps.log.start(mode === "simulator", where));
  if (mode === "simulator") await ensureDemoUsers(database);
  // Several instances on one PostgreSQL: each one's open pages hear of the others' changes.
  if (databaseUrl) startLiveRelay(databaseUrl);
  startSyncSchedule();
  startOutboxWorker();
  startMailSchedule();
  startBackupSchedule(database);
  startRetentionSchedule();
  refreshDueAtStart();
}
