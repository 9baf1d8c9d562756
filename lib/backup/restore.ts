import "server-only";
// An archive put back where DATABASE_PATH says, as the app lays its files out (the main file, each centre's
// beside it). Everything is checked before anything is written: the archive opens, every database matches
// the manifest and is whole; a place that already holds data is refused unless told to replace it.
import { mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { centreFile } from "@/db";
import { frOps } from "@/lib/i18n/fr-ops";
import { BackupError, databaseFiles, extractArchive, verifyExtracted, type Manifest } from "./archive";

async function holdsData(databasePath: string): Promise<boolean> {
  for (const path of await databaseFiles(databasePath)) if ((await stat(path).catch(() => null))?.size) return true;
  return false;
}

export interface RestoreResult {
  manifest: Manifest;
  files: string[];
}

export async function restoreBackup(options: { archive: string; databasePath: string; force?: boolean; key?: string }): Promise<RestoreResult> {
  if (!(await stat(options.archive).catch(() => null))?.isFile()) throw new BackupError(frOps.backup.badArchive(frOps.backup.missing(options.archive)));
  if (!options.force && (await holdsData(options.databasePath))) throw new BackupError(frOps.backup.notEmpty(options.databasePath));
  const dir = dirname(options.databasePath);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const work = await mkdtemp(join(dir, ".atelier-restore-"));
  try {
    await extractArchive(options.archive, work, options.key);
    const manifest = await verifyExtracted(work);
    // Replacing: the old files (and their journals) go first, so no centre of the old data is left behind.
    if (options.force) for (const path of await databaseFiles(options.databasePath)) await removeDatabase(path);
    const files: string[] = [];
    for (const entry of manifest.databases) {
      const target = entry.centre === 0 ? options.databasePath : centreFile(options.databasePath, entry.centre);
      await removeDatabase(target);
      await rename(join(work, "databases", entry.name), target);
      files.push(target);
    }
    return { manifest, files };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function removeDatabase(path: string) {
  for (const suffix of ["", "-wal", "-shm"]) await rm(`${path}${suffix}`, { force: true });
}
