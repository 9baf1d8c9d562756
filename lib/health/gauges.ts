import "server-only";
// The gauges read from the databases at each scrape: the outbox's depth and oldest age per centre, and the
// backups' age. Counting at the scrape keeps them true across instances of a cluster sharing one database.
import { count, inArray, min } from "drizzle-orm";
import { outbox } from "@/db/schema";
import { backupHealth } from "@/lib/backup/schedule";
import { allCentres, environmentCentre } from "@/lib/tenancy/centres";
import { metrics } from "@/lib/metrics/metrics";

const OPEN = ["pending", "sending", "unknown", "review", "failed"] as const;

export async function collectGauges(now = new Date()) {
  const m = metrics();
  m.outboxDepth.reset();
  m.outboxOldest.reset();
  for (const centre of await allCentres()) {
    const label = centre.slug || "principal";
    const byState = await centre.db.select({ state: outbox.state, n: count(), oldest: min(outbox.createdAt) }).from(outbox).where(inArray(outbox.state, [...OPEN])).groupBy(outbox.state);
    let oldest: number | null = null;
    for (const state of OPEN) m.outboxDepth.set({ centre: label, state }, byState.find((r) => r.state === state)?.n ?? 0);
    for (const row of byState) if (row.oldest) oldest = Math.min(oldest ?? Infinity, new Date(row.oldest).getTime());
    m.outboxOldest.set({ centre: label }, oldest === null ? 0 : Math.max(0, (now.getTime() - oldest) / 1000));
  }
  const backups = await backupHealth((await environmentCentre()).db, now);
  m.backupAge.reset();
  if (backups.lastGood) m.backupAge.set(Math.max(0, (now.getTime() - Date.parse(backups.lastGood.at)) / 1000));
  m.backupFailing.set(backups.last && !backups.last.ok ? 1 : 0);
}
