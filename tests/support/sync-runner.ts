// A separate process that runs one sync, as the app's scheduler does, with a crash wired in where the test
// asks: SIGKILL from inside the transaction, right after the mirror's history row (the event not written
// yet) or right after the event (not committed yet).
//   SYNC_DB=<file or postgres URL> SYNC_API=http://127.0.0.1:PORT/api/ CRASH_AFTER=status_history|events tsx --conditions=react-server tests/support/sync-runner.ts
// SQLite: a TEMP trigger, which lives in this connection only, calls back into this process. PostgreSQL:
// this process's connections pause after the insert (tests/support/faults.ts), and a watcher connection
// kills the process as soon as one is seen pausing; the server notices the client gone and rolls back.
import pg from "pg";
import { createRmaClient } from "@/lib/rma/client";
import { runSync } from "@/lib/sync/run-sync";
import { openTestDatabase } from "./open-database";

async function main() {
  const url = process.env.SYNC_DB!;
  const table = process.env.CRASH_AFTER;
  const crash = table === "status_history" || table === "events";
  const postgres = /^postgres/.test(url);
  const db = await openTestDatabase(postgres && crash ? `${url}?application_name=sync-runner&options=-c%20atelier.crash%3Don` : url);
  if (crash && !postgres) {
    db.$client.function("crash", () => process.kill(process.pid, "SIGKILL"));
    db.$client.exec(`CREATE TEMP TRIGGER crash_here AFTER INSERT ON main.${table} BEGIN SELECT crash(); END;`);
  }
  if (crash && postgres) {
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    const timer = setInterval(() => {
      void watcher
        .query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'sync-runner' AND wait_event = 'PgSleep'")
        .then(({ rows }) => rows[0]?.n > 0 && process.kill(process.pid, "SIGKILL"));
    }, 20);
    timer.unref();
  }
  const client = createRmaClient({ baseUrl: process.env.SYNC_API!, clientId: "simulateur", clientSecret: "simulateur-secret", timeoutMs: 3_000, readRetries: 0 });
  await runSync({ db, client, concurrency: 4 });
}

void main().then(() => process.exit(0));
