import "server-only";
// The process's outbox, per centre: its dependencies, and the worker that sends what is due, takes over the
// commands of a stopped process once their lease runs out, and forgets abandoned uploads.
import { config } from "@/lib/config/env";
import { forgetDocuments } from "@/lib/files/platform-documents";
import { allCentres, type Centre } from "@/lib/tenancy/centres";
import { forCentre } from "@/lib/tenancy/context";
import { forgetOrphanUploads } from "@/lib/files/uploads";
import { upgradeLegacyFiles } from "./legacy-files";
import { processDue, type OutboxDeps } from "./outbox";
import { frOps } from "@/lib/i18n/fr-ops";
import { errorField, log } from "@/lib/log/logger";

/** A centre's commands go to its own platform. */
export function outboxDeps(centre: Centre): OutboxDeps {
  return { db: centre.db, client: centre.rma, leaseMs: config().outboxLeaseMs, onSent: (row) => forgetDocuments(centre.id, row.demandNumber) };
}

const state = globalThis as unknown as { atelierOutbox?: { timer: NodeJS.Timeout | null; running: boolean; passes: number; upgraded: Set<number> } };
state.atelierOutbox ??= { timer: null, running: false, passes: 0, upgraded: new Set() };
const worker = state.atelierOutbox;

const logError = (error: unknown) => log.error({ event: "outbox.error", error: errorField(error) });

async function pass(centre: Centre, sweepOrphans: boolean) {
  if (!worker.upgraded.has(centre.id)) {
    worker.upgraded.add(centre.id);
    const upgraded = await upgradeLegacyFiles(centre.db).catch((error: unknown) => void logError(error));
    if (upgraded) log.info({ event: "outbox.upgraded", count: upgraded }, frOps.log.legacyFiles(upgraded));
  }
  // About once an hour at the default pace: uploads that no command took, a day after they came.
  if (sweepOrphans) await forgetOrphanUploads(centre.db, new Date());
  await forCentre(centre.id, () => processDue(outboxDeps(centre)));
}

export function startOutboxWorker() {
  if (worker.timer) return;
  worker.timer = setInterval(() => {
    if (worker.running) return;
    worker.running = true;
    const sweepOrphans = ++worker.passes % 1200 === 1;
    // One centre's failing platform or database does not hold back the others'.
    allCentres()
      .then((centres) => Promise.all(centres.map((centre) => pass(centre, sweepOrphans).catch(logError))))
      .catch(logError)
      .finally(() => {
        worker.running = false;
      });
  }, config().outboxIntervalMs);
  worker.timer.unref();
}
