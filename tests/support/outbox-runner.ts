// A separate process that sends the outbox, so a test can kill it with SIGKILL mid-queue and start another.
//   OUTBOX_DB=... OUTBOX_API=http://127.0.0.1:PORT/api/ tsx --conditions=react-server tests/support/outbox-runner.ts
import { inArray } from "drizzle-orm";
import { openDatabase } from "@/db";
import { outbox } from "@/db/schema";
import { createRmaClient } from "@/lib/rma/client";
import { processDue, recoverInterrupted } from "@/lib/outbox/outbox";

async function main() {
  const { db } = openDatabase(process.env.OUTBOX_DB!);
  const client = createRmaClient({ baseUrl: process.env.OUTBOX_API!, clientId: "simulateur", clientSecret: "simulateur-secret", timeoutMs: 2_000, readRetries: 0 });
  const recovered = recoverInterrupted(db);
  process.stdout.write(`recovered ${recovered}\n`);
  let clock = Date.now();
  for (let round = 0; round < 200; round++) {
    const open = db.select().from(outbox).where(inArray(outbox.state, ["pending", "sending", "unknown"])).all();
    process.stdout.write(`open ${open.length}\n`);
    if (!open.length) break;
    clock += 10 * 60_000;
    await processDue({ db, client, now: () => new Date(clock) }, 2);
  }
}

void main().then(() => process.exit(0));
