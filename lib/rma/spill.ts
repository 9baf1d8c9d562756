// A 3.9 list kept on disk as it arrives, for the sync: each dossier that fits is written as one line of a
// temporary file, and read back in batches once the whole reply has come and proved good. However many
// dossiers a status holds, memory holds one batch and the numbers, never the list.
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
  /** Removes the file; a list is read once. */
  dispose(): void;
}

const FLUSH_BYTES = 256 * 1024;

export function spillCollector(): ListCollector<SpilledList> {
  const dir = mkdtempSync(join(tmpdir(), "atelier-liste-"));
  const path = join(dir, "dossiers.ndjson");
  const fd = openSync(path, "w", 0o600);
  // Each dossier read on its own (read-dossiers.ts); those that fit leave memory for the file at once.
  const reader = dossierCollector();
  const parked: RetrieveResult = reader.result();
  let pending: string[] = [];
  let pendingBytes = 0;
  let count = 0;
  let open = true;
  const flush = () => {
    if (pending.length) writeSync(fd, pending.join(""));
    pending = [];
    pendingBytes = 0;
  };
  const dispose = () => {
    if (open) closeSync(fd);
    open = false;
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    add(json) {
      reader.add(json);
      for (const dossier of parked.dossiers.splice(0)) {
        const line = `${JSON.stringify(dossier)}\n`;
        pending.push(line);
        pendingBytes += line.length;
        count++;
      }
      if (pendingBytes >= FLUSH_BYTES) flush();
    },
    discard: dispose,
    result() {
      flush();
      closeSync(fd);
      open = false;
      return {
        count,
        rejected: parked.rejected,
        async *batches(size: number) {
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
        dispose,
      };
    },
  };
}
