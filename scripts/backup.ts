// npm run backup [-- DIR]: one checked archive of everything Atelier keeps on SQLite, into DIR or BACKUP_DIR,
// encrypted when BACKUP_KEY is set. Safe while the app runs (SQLite's online backup API).
import { createBackup } from "@/lib/backup/archive";
import { config } from "@/lib/config/env";
import { frOps } from "@/lib/i18n/fr-ops";
import { APP_VERSION } from "@/lib/config/version";
import { run } from "./lib/terminal";

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} Ko` : `${(bytes / 1024 / 1024).toFixed(1)} Mo`);

run(async () => {
  const { databasePath, databaseUrl, backup } = config();
  const dir = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? backup.dir;
  if (!dir) throw new Error(frOps.backup.noDir);
  if (databaseUrl) {
    console.info(frOps.backup.postgres(dir));
    return;
  }
  const result = await createBackup({ databasePath, dir, key: backup.key, app: APP_VERSION });
  const files = result.manifest.databases.reduce((n, d) => n + (d.rows.uploads ?? 0), 0);
  console.info(frOps.backup.written(result.file, size(result.bytes), result.manifest.databases.length, files, result.ms));
});
