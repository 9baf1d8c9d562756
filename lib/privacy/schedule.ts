import "server-only";
// The retention pass, once a day for each centre (and once per cluster: an instance that finds another
// running it leaves it be). Checked every hour against the last pass's time, so a restart neither repeats
// it nor waits a day.
import { oncePerCluster } from "@/db";
import { frOps } from "@/lib/i18n/fr-ops";
import { errorField, log } from "@/lib/log/logger";
import { allCentres } from "@/lib/tenancy/centres";
import { offlineContext } from "@/lib/tenancy/offline";
import { lastRetentionRun, runRetention } from "./retention";

const DAY_MS = 86_400_000;
const holder = globalThis as unknown as { atelierRetentionTimer?: NodeJS.Timeout };

export async function retentionRound(now = new Date()) {
  for (const centre of await allCentres()) {
    const last = await lastRetentionRun(centre.db);
    if (last && now.getTime() - Date.parse(last.at) < DAY_MS * 0.99) continue;
    const ctx = offlineContext(centre.db, { id: 0, email: "system", name: frOps.actors.retention, role: "admin", centreId: centre.id }, now);
    const run = await oncePerCluster(centre.db, "atelier:retention", () => runRetention(ctx));
    if (run) log.info({ event: "privacy.retention", centre: centre.slug || "principal", count: run.count });
  }
}

export function startRetentionSchedule() {
  if (holder.atelierRetentionTimer) return;
  const tick = () => void retentionRound().catch((error: unknown) => log.error({ event: "privacy.retention_error", error: errorField(error) }));
  holder.atelierRetentionTimer = setInterval(tick, 3_600_000);
  holder.atelierRetentionTimer.unref();
  tick();
}
