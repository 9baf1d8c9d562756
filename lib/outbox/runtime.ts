import "server-only";
// The process's outbox: its dependencies, and the worker that retries what could not be sent.
import { db } from "@/db";
import { config } from "@/lib/config/env";
import { forgetDocuments } from "@/lib/documents/platform-documents";
import { rma } from "@/lib/rma";
import { processDue, recoverInterrupted, type OutboxDeps } from "./outbox";

export function outboxDeps(): OutboxDeps {
  return { db: db(), client: rma(), onSent: (row) => forgetDocuments(row.demandNumber) };
}

const state = globalThis as unknown as { atelierOutbox?: { timer: NodeJS.Timeout | null; running: boolean } };
state.atelierOutbox ??= { timer: null, running: false };
const worker = state.atelierOutbox;

export function startOutboxWorker() {
  if (worker.timer) return;
  const recovered = recoverInterrupted(db());
  if (recovered) console.warn(`outbox: ${recovered} envoi(s) interrompu(s), vérifiés avant renvoi`);
  worker.timer = setInterval(() => {
    if (worker.running) return;
    worker.running = true;
    processDue(outboxDeps())
      .catch((error: unknown) => console.error("outbox:", error instanceof Error ? error.message : error))
      .finally(() => {
        worker.running = false;
      });
  }, config().outboxIntervalMs);
  worker.timer.unref();
}
