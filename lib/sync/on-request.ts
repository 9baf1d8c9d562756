import "server-only";
// "Actualiser", asked by a person: a full sync is one platform read per status, so each person may start
// SYNC_REQUESTS_PER_MINUTE of them and a centre three times as many, in this process. One shared with a
// sync that started seconds ago (lib/sync/scheduler.ts, syncOnRequest) costs nothing and is not counted.
import { config } from "@/lib/config/env";
import { ServiceError } from "@/lib/errors";
import { createRateLimit, type RateLimit } from "@/lib/http/rate-limit";
import { fr } from "@/lib/i18n/fr";
import type { Centre } from "@/lib/tenancy/centres";
import { syncOnRequest } from "./scheduler";
import type { SyncResult } from "./run-sync";

let limits: { perUser: RateLimit; perCentre: RateLimit } | null = null;

function syncLimits() {
  const perMinute = config().sync.requestsPerMinute;
  return (limits ??= { perUser: createRateLimit({ limit: perMinute, windowMs: 60_000 }), perCentre: createRateLimit({ limit: perMinute * 3, windowMs: 60_000 }) });
}

/** A sync for this person, now or shared; past the limits, a "busy" error saying when to ask again. */
export function syncAskedBy(user: { id: number; centreId: number }, centre: Centre, shareMs = config().sync.shareMs): Promise<SyncResult> {
  return syncOnRequest(centre, shareMs, () => {
    const { perUser, perCentre } = syncLimits();
    const wait = perUser.take(`${user.centreId}:${user.id}`) || perCentre.take(String(user.centreId));
    if (wait) throw new ServiceError("busy", fr.sync.tooMany(wait), undefined, wait);
  });
}
