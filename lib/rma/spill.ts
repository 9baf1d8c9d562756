// A 3.9 list kept for the sync until the whole reply has come and proved good. A short list stays in
// memory; past a few thousand dossiers, each one that fits goes to a line of a temporary file, read back in
// batches. However many dossiers a status holds, memory holds one batch and the numbers, never the list.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Dossier, RejectedDossier, RetrieveResult } from "./model";
import { dossierCollector } from "./read-dossiers";
import type { ListCollector } from "./transport";

export interface SpilledList {
  /** Dossiers that fit, in the order the platform listed them. */
  count: number;
  rejected: RejectedDossier[];
  /** The dossiers that fit, `size` at a time. */
  batches(size: number): AsyncGenerator<Dossier[]>;
  /** Removes the file, if there is one; a list is read once. */
  dispose(): void;
}

/** Dossiers kept in memory before the list moves to a file. */
const IN_MEMORY = 5_000;
const FLUSH_BYTES = 256 * 1024;

function spillFile() {
  const dir = mkdtempSync(join(tmpdir(), "atelier-liste-"));
  const path = join(dir, "dossiers.ndjson");
  const fd = openSync(path, "w", 0o600);
  let pending: string[] = [];
  let pendingBytes = 0;
  let open = true;
  const flush = () => {
    if (pending.length) writeSync(fd, pending.join(""));
    pending = [];
    pendingBytes = 0;
  };
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write(dossier: Dossier) {
      const line = `${JSON.stringify(dossier)}\n`;
      pending.push(line);
      pendingBytes += line.length;
      if (pendingBytes >= FLUSH_BYTES) flush();
    },
    finish() {
      flush();
      close();
    },
    async *read(size: number) {
      const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
      let batch: Dossier[] = [];
      for await (const line of lines) {
        if (!line) continue;
        batch.push(JSON.parse(line) as Dossier);
        if (batch.length >= size) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    },
    remove() {
      close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function spillCollector(): ListCollector<SpilledList> {
  // Each dossier read on its own (read-dossiers.ts); past IN_MEMORY, those that fit leave memory at once.
  const reader = dossierCollector();
  const parked: RetrieveResult = reader.result();
  let file: ReturnType<typeof spillFile> | null = null;
  let count = 0;
  const dispose = () => file?.remove();
  return {
    add(json) {
      reader.add(json);
      if (!file && parked.dossiers.length <= IN_MEMORY) return;
      file ??= spillFile();
      for (const dossier of parked.dossiers.splice(0)) {
        file.write(dossier);
        count++;
      }
    },
    discard: dispose,
    result() {
      const spilled = file;
      spilled?.finish();
      const kept = parked.dossiers;
      return {
        count: count + kept.length,
        rejected: parked.rejected,
        async *batches(size: number) {
          if (spilled) yield* spilled.read(size);
          for (let i = 0; i < kept.length; i += size) yield kept.slice(i, i + size);
        },
        dispose,
      };
    },
  };
}
