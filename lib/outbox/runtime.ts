import "server-only";
// The process's outbox: its dependencies, and the worker that sends what is due, takes over the commands
// of a stopped process once their lease runs out, and forgets abandoned uploads.
import { db } from "@/db";
import { config } from "@/lib/config/env";
import { forgetDocuments } from "@/lib/documents/platform-documents";
import { rma } from "@/lib/rma";
import { forgetOrphanUploads } from "@/lib/uploads/uploads";
import { upgradeLegacyFiles } from "./legacy-files";
import { processDue, type OutboxDeps } from "./outbox";

export function outboxDeps(): OutboxDeps {
  return { db: db(), client: rma(), leaseMs: config().outboxLeaseMs, onSent: (row) => forgetDocuments(row.demandNumber) };
}

const state = globalThis as unknown as { atelierOutbox?: { timer: NodeJS.Timeout | null; running: boolean; passes: number } };
state.atelierOutbox ??= { timer: null, running: false, passes: 0 };
const worker = state.atelierOutbox;

export function startOutboxWorker() {
  if (worker.timer) return;
  void upgradeLegacyFiles(db()).then(
    (upgraded) => upgraded && console.info(`outbox: ${upgraded} commande(s) aux fichiers intégrés converties`),
    (error: unknown) => console.error("outbox:", error instanceof Error ? error.message : error),
  );
  worker.timer = setInterval(() => {
    if (worker.running) return;
    worker.running = true;
    // About once an hour at the default pace: uploads that no command took, a day after they came.
    const orphans = ++worker.passes % 1200 === 1 ? forgetOrphanUploads(db(), new Date()) : Promise.resolve(0);
    orphans
      .then(() => processDue(outboxDeps()))
      .catch((error: unknown) => console.error("outbox:", error instanceof Error ? error.message : error))
      .finally(() => {
        worker.running = false;
      });
  }, config().outboxIntervalMs);
  worker.timer.unref();
}
