import "server-only";
// One backup of everything Atelier keeps on SQLite: the main database (the registry of centres, their sealed
// secrets, the environment's centre) and every centre's file beside it. The uploaded files are rows of
// `uploads` in those databases, so they come with them; the key that seals the secrets is never in the
// archive. Each database is copied by SQLite's online backup API, which is consistent while the app writes,
// then checked (integrity_check) and counted into a manifest; the archive is read back against it before it
// is called written.
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import * as tar from "tar";
import { frOps } from "@/lib/i18n/fr-ops";
import { decryptingStream, encryptFile, isEncrypted } from "./encryption";

export const MANIFEST = "manifest.json";
export const FORMAT = 1;

export interface DatabaseEntry {
  /** The file's name in the archive, under databases/, as it lay beside DATABASE_PATH. */
  name: string;
  /** 0 for the main database; else the centre whose file it is (restored as that centre's file). */
  centre: number;
  bytes: number;
  sha256: string;
  /** Rows per table, for the restore's report and for a person comparing two backups. */
  rows: Record<string, number>;
}

export interface Manifest {
  format: number;
  app: string;
  createdAt: string;
  databases: DatabaseEntry[];
}

export class BackupError extends Error {}

/** The main file and each centre's file beside it (data/atelier.db, data/atelier.centre-3.db…). */
export async function databaseFiles(mainPath: string): Promise<string[]> {
  const dir = dirname(mainPath);
  const stem = basename(mainPath).replace(/\.db$/, "");
  const names = await readdir(dir).catch(() => [] as string[]);
  const centres = names.filter((n) => new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.centre-\\d+\\.db$`).test(n)).sort();
  return [mainPath, ...centres.map((n) => join(dir, n))];
}

const sha256Of = async (path: string) => {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
};

/** A copy's integrity and its rows per table; throws on a damaged copy. */
function inspect(path: string, name: string): Record<string, number> {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new BackupError(frOps.backup.corrupt(name, String(check)));
    const tables = copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, copy.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]));
  } finally {
    copy.close();
  }
}

export const stamp = (at: Date) => at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z").replace("T", "-");

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: Manifest;
  ms: number;
}

/**
 * Writes one archive into `dir` (created readable by its owner only), named for its time: a gzip'd tar of
 * the manifest and the databases, encrypted when a key is given. Nothing is left in `dir` but a whole,
 * checked archive: the work is done in a hidden folder, then renamed.
 */
export async function createBackup(options: { databasePath: string; dir: string; key?: string; app: string; now?: Date }): Promise<BackupResult> {
  const started = Date.now();
  const at = options.now ?? new Date();
  const sources = await databaseFiles(options.databasePath);
  if (!(await stat(options.databasePath).catch(() => null))) throw new BackupError(frOps.backup.noDatabase(options.databasePath));
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const work = await mkdtemp(join(options.dir, ".atelier-backup-"));
  try {
    await mkdir(join(work, "databases"), { mode: 0o700 });
    const databases: DatabaseEntry[] = [];
    for (const source of sources) {
      const name = basename(source);
      const copy = join(work, "databases", name);
      const live = new Database(source, { readonly: true, fileMustExist: true });
      try {
        await live.backup(copy);
      } finally {
        live.close();
      }
      const rows = inspect(copy, name);
      const centre = source === options.databasePath ? 0 : Number(/\.centre-(\d+)\.db$/.exec(name)![1]);
      databases.push({ name, centre, bytes: (await stat(copy)).size, sha256: await sha256Of(copy), rows });
    }
    const manifest: Manifest = { format: FORMAT, app: options.app, createdAt: at.toISOString(), databases };
    await writeFile(join(work, MANIFEST), JSON.stringify(manifest, null, 2), { mode: 0o600 });
    const plain = join(work, "archive.tar.gz");
    await tar.c({ gzip: true, file: plain, cwd: work, portable: true }, [MANIFEST, ...databases.map((d) => `databases/${d.name}`)]);
    const finalName = `atelier-${stamp(at)}.tar.gz${options.key ? ".enc" : ""}`;
    const written = join(work, finalName);
    if (options.key) await encryptFile(plain, written, options.key);
    else await rename(plain, written);
    await chmod(written, 0o600);
    // Read back what was written, as a restore would, before it counts as a backup.
    const checked = await mkdtemp(join(work, "check-"));
    await extractArchive(written, checked, options.key);
    await verifyExtracted(checked);
    const file = join(options.dir, finalName);
    await rename(written, file);
    return { file, bytes: (await stat(file)).size, manifest, ms: Date.now() - started };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Unpacks an archive (decrypting it first when it is encrypted) into an empty folder. */
export async function extractArchive(file: string, into: string, key?: string): Promise<void> {
  await mkdir(into, { recursive: true, mode: 0o700 });
  const onlyOurs = (path: string) => path === MANIFEST || /^databases\/[\w.-]+\.db$/.test(path);
  if (await isEncrypted(file)) {
    if (!key) throw new BackupError(frOps.backup.badArchive(frOps.backup.encrypted));
    const source = await decryptingStream(file, key);
    try {
      await pipeline(source, tar.x({ cwd: into, filter: onlyOurs, strict: true }));
    } catch (error) {
      throw error instanceof BackupError ? error : new BackupError(frOps.backup.badArchive(frOps.backup.wrongKey));
    }
    return;
  }
  try {
    await tar.x({ file, cwd: into, filter: onlyOurs, strict: true });
  } catch (error) {
    throw new BackupError(frOps.backup.badArchive((error as Error).message));
  }
}

/** The manifest of an unpacked archive, once every database in it matches it byte for byte and is whole. */
export async function verifyExtracted(dir: string): Promise<Manifest> {
  const text = await readFile(join(dir, MANIFEST), "utf8").catch(() => null);
  if (text === null) throw new BackupError(frOps.backup.badArchive(frOps.backup.noManifest));
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch {
    throw new BackupError(frOps.backup.badArchive(frOps.backup.noManifest));
  }
  if (manifest.format !== FORMAT || !Array.isArray(manifest.databases) || !manifest.databases.length) throw new BackupError(frOps.backup.badArchive(frOps.backup.noManifest));
  const present = await readdir(join(dir, "databases")).catch(() => [] as string[]);
  for (const name of present) if (!manifest.databases.some((d) => d.name === name)) throw new BackupError(frOps.backup.badArchive(frOps.backup.unexpected(name)));
  for (const entry of manifest.databases) {
    if (!/^[\w.-]+\.db$/.test(entry.name)) throw new BackupError(frOps.backup.badArchive(frOps.backup.unexpected(entry.name)));
    const path = join(dir, "databases", entry.name);
    const info = await stat(path).catch(() => null);
    if (!info) throw new BackupError(frOps.backup.badArchive(frOps.backup.missing(entry.name)));
    if (info.size !== entry.bytes || (await sha256Of(path)) !== entry.sha256) throw new BackupError(frOps.backup.badArchive(frOps.backup.mismatch(entry.name)));
    inspect(path, entry.name);
  }
  return manifest;
}
