// npm run restore -- ARCHIVE [--force]: puts a backup back where DATABASE_PATH says, once it is checked;
// refuses a place that already holds data unless --force. Run it with the app stopped.
import { parseArgs } from "node:util";
import { restoreBackup } from "@/lib/backup/restore";
import { config } from "@/lib/config/env";
import { frOps } from "@/lib/i18n/fr-ops";
import { run } from "./lib/terminal";

run(async () => {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
  const [archive] = positionals;
  if (!archive || positionals.length > 1) throw new Error(frOps.backup.usageRestore);
  const { databasePath, backup } = config();
  const result = await restoreBackup({ archive, databasePath, force: values.force, key: backup.key });
  const sum = (table: string) => result.manifest.databases.reduce((n, d) => n + (d.rows[table] ?? 0), 0);
  console.info(frOps.backup.restored(databasePath, result.files.length, sum("dossiers"), sum("uploads"), result.manifest.createdAt));
});
