import "server-only";
// At start, each centre's due times and figures written again where they may be stale: a database a release
// before them left without, a default rule (AGING_ALERT_DAYS) changed since the last start, or a pass that a
// stopped process left unfinished. In the background, a slice of dossiers a transaction, so the app serves.
import { derivedAtStart } from "@/lib/dossiers/derived-pass";
import { errorField, log } from "@/lib/log/logger";
import { allCentres } from "@/lib/tenancy/centres";

export function refreshDueAtStart() {
  void (async () => {
    for (const centre of await allCentres()) await derivedAtStart(centre.db);
  })().catch((error: unknown) => log.error({ event: "deadlines.refresh_error", error: errorField(error) }));
}
