import "server-only";
import { prepareDatabase } from "@/db";
import { config } from "@/lib/config/env";
import { startMailSchedule } from "@/lib/notifications/mail-schedule";
import { startLiveRelay } from "@/lib/live/cluster-relay";
import { startOutboxWorker } from "@/lib/outbox/runtime";
import { startSyncSchedule } from "@/lib/sync/scheduler";
import { ensureDemoUsers } from "@/lib/users/demo-users";
import { frOps } from "@/lib/i18n/fr-ops";

/** Start-up work of the Next.js server process; a bad configuration stops it here, with its message. */
export async function startServer() {
  const { mode, databasePath, databaseUrl } = config();
  const database = await prepareDatabase(); // applies pending migrations
  // Where, never with its password.
  const where = databaseUrl ? `PostgreSQL ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}` : databasePath;
  console.info(frOps.log.start(mode === "simulator", where));
  if (mode === "simulator") await ensureDemoUsers(database);
  // Several instances on one PostgreSQL: each one's open pages hear of the others' changes.
  if (databaseUrl) startLiveRelay(databaseUrl);
  startSyncSchedule();
  startOutboxWorker();
  startMailSchedule();
}
