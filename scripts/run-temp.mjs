// One folder for every temporary file of a run (the tests', the bench's: databases, simulators, spilled
// lists, the PostgreSQL cluster), removed when the run's process exits. os.tmpdir() reads TMPDIR, which the
// run's workers and the processes it starts inherit. Without it a run left its files in /tmp.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Makes the folder, points TMPDIR at it, and removes it at exit; returns its path. */
export function tempFolderForRun(prefix) {
  const runTemp = mkdtempSync(join(tmpdir(), prefix));
  // As /tmp itself: the PostgreSQL cluster's unprivileged user reaches its own folder through this one.
  chmodSync(runTemp, 0o1777);
  process.env.TMPDIR = runTemp;
  process.on("exit", () => rmSync(runTemp, { recursive: true, force: true }));
  return runTemp;
}
