// A separate process that runs one sync, as the app's scheduler does, with a crash wired in where the test
// asks: SIGKILL from inside the transaction, right after the mirror's history row (the event not written
// yet) or right after the event (not committed yet). The trigger is TEMP: it lives in this connection only.
//   SYNC_DB=... SYNC_API=http://127.0.0.1:PORT/api/ CRASH_AFTER=status_history|events tsx --conditions=react-server tests/support/sync-runner.ts
import { openDatabase } from "@/db";
import { createRmaClient } from "@/lib/rma/client";
import { runSync } from "@/lib/sync/run-sync";

async function main() {
  const { db } = openDatabase(process.env.SYNC_DB!);
  const table = process.env.CRASH_AFTER;
  if (table === "status_history" || table === "events") {
    db.$client.function("crash", () => process.kill(process.pid, "SIGKILL"));
    db.$client.exec(`CREATE TEMP TRIGGER crash_here AFTER INSERT ON main.${table} BEGIN SELECT crash(); END;`);
  }
  const client = createRmaClient({ baseUrl: process.env.SYNC_API!, clientId: "simulateur", clientSecret: "simulateur-secret", timeoutMs: 3_000, readRetries: 0 });
  await runSync({ db, client, concurrency: 4 });
}

void main().then(() => process.exit(0));
