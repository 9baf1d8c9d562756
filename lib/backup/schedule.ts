import "server-only";
// The backup on a schedule inside the app (BACKUP_DIR, BACKUP_EVERY, BACKUP_KEEP; off by default): one
// archive a period, the oldest beyond BACKUP_KEEP removed, each outcome in the main centre's audit log and
// on /admin. SQLite only: on PostgreSQL the engine's own tools back the database up.
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { type Db } from "@/db";
import { readSetting, writeSetting } from "@/lib/settings";
import { recordAudit } from "@/lib/audit/record-audit";
import { config } from "@/lib/config/env";
import { frOps } from "@/lib/i18n/fr-ops";
import { offlineContext } from "@/lib/tenancy/offline";
import { APP_VERSION } from "@/lib/config/version";
import { createBackup } from "./archive";
import { log } from "@/lib/log/logger";

const KEY = "backup.last";

export interface BackupState {
  at: string;
  ok: boolean;
  file?: string;
  bytes?: number;
  ms?: number;
  /** Why it failed: the message, never a stack. */
  error?: string;
}

export async function lastBackup(db: Db): Promise<BackupState | null> {
  const row = await readSetting(db, KEY);
  return row ? (JSON.parse(row) as BackupState) : null;
}

/** What /admin says of the backups: their state and whether it calls for a person. */
export async function backupHealth(db: Db, now: Date): Promise<{ scheduled: boolean; everyMs: number | null; last: BackupState | null; lastGood: BackupState | null; warning: "failed" | "stale" | null }> {
  const { everyMs } = config().backup;
  const last = await lastBackup(db);
  const good = await readSetting(db, `${KEY}.ok`);
  const lastGood = good ? (JSON.parse(good) as BackupState) : null;
  const stale = everyMs !== null && (!lastGood || now.getTime() - Date.parse(lastGood.at) > 2 * everyMs);
  return { scheduled: everyMs !== null && !config().databaseUrl, everyMs, last, lastGood, warning: last && !last.ok ? "failed" : stale ? "stale" : null };
}

async function remember(db: Db, state: BackupState) {
  const keys = state.ok ? [KEY, `${KEY}.ok`] : [KEY];
  for (const key of keys) {
    await writeSetting(db, key, JSON.stringify(state));
  }
}

/** The newest `keep` archives stay; the names sort by their time. */
export async function rotate(dir: string, keep: number): Promise<string[]> {
  const archives = (await readdir(dir)).filter((n) => /^atelier-\d{8}-\d{6}Z\.tar\.gz(\.enc)?$/.test(n)).sort();
  const removed = archives.slice(0, Math.max(0, archives.length - keep));
  for (const name of removed) await rm(join(dir, name), { force: true });
  return removed;
}

/** One scheduled backup: written, rotated, recorded and audited; a failure is recorded, never thrown. */
export async function runScheduledBackup(db: Db, now = new Date()): Promise<BackupState> {
  const { backup, databasePath } = config();
  const ctx = offlineContext(db, { id: 0, email: "system", name: frOps.actors.backup, role: "admin", centreId: 0 });
  let state: BackupState;
  try {
    const result = await createBackup({ databasePath, dir: backup.dir!, key: backup.key, app: APP_VERSION, now });
    await rotate(backup.dir!, backup.keep);
    state = { at: now.toISOString(), ok: true, file: result.file, bytes: result.bytes, ms: result.ms };
  } catch (error) {
    state = { at: now.toISOString(), ok: false, error: (error as Error).message };
    log.error({ event: "backup.failed" }, frOps.backup.scheduledFailed(state.error!));
  }
  await remember(db, state);
  await recordAudit(db, ctx, {
    action: "backup.scheduled",
    summary: state.ok ? { file: state.file, bytes: state.bytes, ms: state.ms } : {},
    outcome: state.ok ? "ok" : "failed",
    message: state.error ?? null,
  });
  return state;
}

const globalForBackup = globalThis as unknown as { atelierBackupTimer?: NodeJS.Timeout };

export function startBackupSchedule(db: Db) {
  const { backup, databaseUrl } = config();
  if (!backup.everyMs || databaseUrl || globalForBackup.atelierBackupTimer) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const last = await lastBackup(db);
      if (!last || Date.now() - Date.parse(last.at) >= backup.everyMs! * 0.99) await runScheduledBackup(db);
    } finally {
      running = false;
    }
  };
  // Checked every minute (or each period when shorter) against the last one's time, so a restart does not
  // start a backup at once when the last is recent, nor wait a whole period when it is old.
  globalForBackup.atelierBackupTimer = setInterval(() => void tick(), Math.min(60_000, backup.everyMs));
  globalForBackup.atelierBackupTimer.unref();
  void tick();
}
