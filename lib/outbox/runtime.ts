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
  const upgraded = upgradeLegacyFiles(db());
  if (upgraded) console.info(`outbox: ${upgraded} commande(s) aux fichiers intégrés converties`);
  worker.timer = setInterval(() => {
    if (worker.running) return;
    worker.running = true;
    // About once an hour at the default pace: uploads that no command took, a day after they came.
    if (++worker.passes % 1200 === 1) forgetOrphanUploads(db(), new Date());
    processDue(outboxDeps())
      .catch((error: unknown) => console.error("outbox:", error instanceof Error ? error.message : error))
      .finally(() => {
        worker.running = false;
      });
  }, config().outboxIntervalMs);
  worker.timer.unref();
}
