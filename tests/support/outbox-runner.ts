// A separate process that sends the outbox, as an app process's worker does, so that a test can run two on
// one database file, kill one with SIGKILL mid-send, and start another.
//   OUTBOX_DB=... OUTBOX_API=http://127.0.0.1:PORT/api/ OUTBOX_OWNER=a tsx --conditions=react-server tests/support/outbox-runner.ts
import { sql } from "drizzle-orm";
import { first } from "@/db";
import { outbox } from "@/db/schema";
import { createRmaClient } from "@/lib/rma/client";
import { processDue } from "@/lib/outbox/outbox";
import { openTestDatabase } from "./open-database";

async function main() {
  const db = await openTestDatabase(process.env.OUTBOX_DB!);
  const client = createRmaClient({ baseUrl: process.env.OUTBOX_API!, clientId: "simulateur", clientSecret: "simulateur-secret", timeoutMs: Number(process.env.OUTBOX_TIMEOUT_MS ?? 1_000), readRetries: 3, retryBaseDelayMs: 10 });
  const deps = { db, client, owner: `${process.env.OUTBOX_OWNER ?? "runner"}:${process.pid}`, leaseMs: Number(process.env.OUTBOX_LEASE_MS ?? 3_000), backoff: () => 30 };
  // What is left when nothing moves any more: settled, or waiting for a person (and what queues behind it).
  const fingerprint = async () =>
    (await first(
      db
        .select({
          states: sql<string>`string_agg(${outbox.state}, ',' ORDER BY ${outbox.id})`,
          sends: sql<number>`sum(${outbox.sendAttempts})`.mapWith(Number),
          checks: sql<number>`sum(${outbox.verifyAttempts})`.mapWith(Number),
          held: sql<number>`count(*) filter (where ${outbox.state} = 'sending')`.mapWith(Number),
        })
        .from(outbox),
    ))!;
  let still = 0;
  for (let round = 0; round < 20_000 && still < 15; round++) {
    const before = await fingerprint();
    await processDue(deps, 4);
    const after = await fingerprint();
    still = after.held === 0 && JSON.stringify(before) === JSON.stringify(after) ? still + 1 : 0;
    process.stdout.write(`round ${round} sends ${after.sends} checks ${after.checks} held ${after.held}\n`);
    await new Promise((resolve) => setTimeout(resolve, still ? 100 : 20));
  }
}

void main().then(() => process.exit(0));
