// A backup of the bench's mirror while the app serves it (SQLite's online backup, the archive checked),
// and its restore into an empty data directory: the figures the operator plans the night's window with.
import { statSync } from "node:fs";
import { join } from "node:path";
import { createBackup } from "@/lib/backup/archive";
import { restoreBackup } from "@/lib/backup/restore";
import type { Figure } from "./stats";

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} Mo`;

export async function backupFigures(databasePath: string, dir: string, size: number): Promise<Figure[]> {
  const result = await createBackup({ databasePath, dir: join(dir, `backups-${size}`), app: "bench" });
  const started = performance.now();
  await restoreBackup({ archive: result.file, databasePath: join(dir, `restored-${size}-${Date.now()}`, "atelier.db") });
  const restored = (performance.now() - started) / 1000;
  return [
    { what: `sauvegarde du miroir (${size.toLocaleString("fr-FR")} dossiers, base ${mb(statSync(databasePath).size)}), pendant que l'application sert`, value: `${(result.ms / 1000).toFixed(1)} s, archive ${mb(result.bytes)}` },
    { what: "… restaurée dans un dossier de données vide (archive vérifiée)", value: `${restored.toFixed(1)} s` },
  ];
}
