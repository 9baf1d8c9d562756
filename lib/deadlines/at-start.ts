import "server-only";
// At start, each centre's due times written again where they may be stale: dossiers a release before
// deadlines left without one, or a default rule (AGING_ALERT_DAYS) changed since the last start. Once per
// cluster; in the background, a slice of dossiers a transaction, so the app serves meanwhile.
import { and, eq, isNull, notInArray } from "drizzle-orm";
import { first, oncePerCluster, type Db } from "@/db";
import { appSettings, dossiers } from "@/db/schema";
import { config } from "@/lib/config/env";
import { refreshAllDue } from "@/lib/dossiers/due";
import { CLOSED_STATUSES } from "@/lib/dossiers/phases";
import { errorField, log } from "@/lib/log/logger";
import { allCentres } from "@/lib/tenancy/centres";

const KEY = "deadlines.default_days";

/** Whether this database's due times were written under another default, or some open dossier has none. */
async function stale(db: Db, alertDays: number): Promise<boolean> {
  const written = (await first(db.select().from(appSettings).where(eq(appSettings.key, KEY))))?.value;
  if (written !== String(alertDays)) return true;
  return Boolean(await first(db.select({ n: dossiers.demandNumber }).from(dossiers).where(and(isNull(dossiers.dueAt), notInArray(dossiers.statusCode, [...CLOSED_STATUSES]))).limit(1)));
}

export async function refreshStaleDue(db: Db): Promise<number | null> {
  const alertDays = config().aging.alertDays;
  if (!(await stale(db, alertDays))) return null;
  const count = await refreshAllDue(db);
  await db.insert(appSettings).values({ key: KEY, value: String(alertDays) }).onConflictDoUpdate({ target: appSettings.key, set: { value: String(alertDays) } });
  return count;
}

export function refreshDueAtStart() {
  void (async () => {
    for (const centre of await allCentres()) {
      const count = await oncePerCluster(centre.db, "atelier:deadlines", () => refreshStaleDue(centre.db));
      if (count !== null) log.info({ event: "deadlines.refreshed", centre: centre.slug || "principal", count });
    }
  })().catch((error: unknown) => log.error({ event: "deadlines.refresh_error", error: errorField(error) }));
}
