import "server-only";
// Every PDF is drawn in a worker thread, never on the event loop that serves every centre: a document
// that would hang (a logo the decoder chokes on) or eat the memory (a decompression bomb) costs its own
// worker, which is ended at its bound, and the route answers 503 while the server goes on serving.
// Two workers at most (the machines have two cores), reused from one document to the next; up to 64
// documents may wait for one (each for three times its bound at most), more are refused at once.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { config } from "@/lib/config/env";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import type { PdfJob } from "./documents";
import { frOps } from "@/lib/i18n/fr-ops";
import { errorField, log } from "@/lib/log/logger";

const WORKERS = 2;
const MAX_WAITING = 64;
/** How many times its drawing bound a document may wait for a worker: a burst (20 quotes at once) queues. */
const WAIT_FACTOR = 3;

export interface PdfBounds {
  timeoutMs: number;
  memoryMb: number;
}

interface Waiting {
  job: PdfJob;
  since: number;
  bounds: PdfBounds;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: boolean;
  memoryMb: number;
}

const state = ((globalThis as unknown as { atelierPdfPool?: { slots: Slot[]; waiting: Waiting[]; next: number; file: Promise<string> | null } }).atelierPdfPool ??= {
  slots: [],
  waiting: [],
  next: 1,
  file: null,
});

const unavailable = () => new ServiceError("unavailable", fr.errors.pdfUnavailable);

/** The bundled worker: the build's, or (development, tests) one bundled now from the sources. */
function workerFile(): Promise<string> {
  state.file ??= (async () => {
    const root = process.cwd();
    const built = join(/* turbopackIgnore: true */ root, ".next", "atelier", "pdf-worker.mjs");
    if (process.env.NODE_ENV === "production" && existsSync(built)) return built;
    // Loaded at run time from the project, out of the bundler's sight: esbuild is a build tool, not app code.
    const source = pathToFileURL(join(/* turbopackIgnore: true */ root, "lib", "pdf", "worker", "bundle.mjs")).href;
    const bundle = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ source)) as typeof import("./worker/bundle.mjs");
    return bundle.bundlePdfWorker(root, bundle.DEV_WORKER);
  })();
  state.file.catch(() => (state.file = null));
  return state.file;
}

/** Draws a document under the process's bounds (PDF_RENDER_TIMEOUT_MS, PDF_RENDER_MEMORY_MB), or `bounds`. */
export function renderBounded(job: PdfJob, bounds: PdfBounds = config().pdf): Promise<Buffer> {
  if (state.waiting.length >= MAX_WAITING) return Promise.reject(unavailable());
  return new Promise((resolve, reject) => {
    state.waiting.push({ job, bounds, resolve, reject, since: Date.now() });
    void pump();
  });
}

async function pump() {
  if (!state.waiting.length) return;
  // The worker's file first: past this await, each pump decides and starts its worker without yielding, so
  // two pumps never both see room for a worker and start a third.
  let file: string;
  try {
    file = await workerFile();
  } catch (error) {
    log.error({ event: "pdf.worker", error: errorField(error) }, frOps.log.pdfWorker);
    state.waiting.shift()?.reject(unavailable());
    return void pump();
  }
  const next = state.waiting[0];
  if (!next) return;
  let slot = state.slots.find((s) => !s.busy && s.memoryMb === next.bounds.memoryMb);
  if (!slot && state.slots.length >= WORKERS) {
    // All taken: an idle worker under other bounds makes room; otherwise wait for one to finish.
    const idle = state.slots.find((s) => !s.busy);
    if (!idle) return;
    retire(idle);
  }
  state.waiting.shift();
  // Waited too long for a worker already: the person has been told nothing for that long.
  if (Date.now() - next.since > next.bounds.timeoutMs * WAIT_FACTOR) {
    next.reject(unavailable());
    return void pump();
  }
  try {
    slot ??= spawn(file, next.bounds.memoryMb);
  } catch (error) {
    log.error({ event: "pdf.worker", error: errorField(error) }, frOps.log.pdfWorker);
    next.reject(unavailable());
    return void pump();
  }
  run(slot, next);
}

function spawn(file: string, memoryMb: number): Slot {
  const worker = new Worker(file, {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.max(4, Math.floor(memoryMb / 8)), stackSizeMb: 4 },
    stdout: false,
    stderr: false,
  });
  worker.unref();
  const slot: Slot = { worker, busy: false, memoryMb };
  state.slots.push(slot);
  return slot;
}

function retire(slot: Slot) {
  state.slots = state.slots.filter((s) => s !== slot);
  void slot.worker.terminate();
}

function run(slot: Slot, task: Waiting) {
  slot.busy = true;
  const id = state.next++;
  let settled = false;
  const finish = (outcome: { pdf: Buffer } | { error: Error }, healthy: boolean) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    slot.worker.off("message", onMessage);
    slot.worker.off("error", onError);
    slot.worker.off("exit", onExit);
    if (healthy) slot.busy = false;
    else retire(slot);
    if ("pdf" in outcome) task.resolve(outcome.pdf);
    else task.reject(outcome.error);
    void pump();
  };
  const onMessage = (message: { id: number; pdf?: Uint8Array; error?: string }) => {
    if (message.id !== id) return;
    if (message.pdf) finish({ pdf: Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength) }, true);
    else finish({ error: new Error(message.error ?? "pdf") }, true);
  };
  // Out of memory, or a crash: the worker is gone, the server is not.
  const onError = (error: Error) => {
    log.error({ event: "pdf.abandoned", kind: task.job.kind }, frOps.log.pdfAbandoned(task.job.kind, (error as { code?: string }).code ?? error.message));
    finish({ error: unavailable() }, false);
  };
  const onExit = () => finish({ error: unavailable() }, false);
  const timer = setTimeout(() => {
    log.error({ event: "pdf.timeout", kind: task.job.kind }, frOps.log.pdfTimedOut(task.job.kind, task.bounds.timeoutMs));
    finish({ error: unavailable() }, false);
  }, task.bounds.timeoutMs);
  slot.worker.on("message", onMessage);
  slot.worker.on("error", onError);
  slot.worker.on("exit", onExit);
  slot.worker.postMessage({ id, job: task.job });
}
