import "server-only";
// What a shipping day picks from: the dossiers section 4's flows send back now (repaired, irreparable,
// replaced, a refused quote to return…), less those whose return is already on its way, with their place.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { dossiers, locations, outbox } from "@/db/schema";
import { factsOf, localRecord } from "@/lib/dossiers/local-record";
import { mayCentreSend, READY_TO_RETURN } from "@/lib/workflows/transitions";

export async function readyToShip(db: Db, limit = 200) {
  const rows = await db
    .select({ dossier: dossiers, location: locations.code })
    .from(dossiers)
    .leftJoin(locations, eq(locations.id, dossiers.locationId))
    .where(inArray(dossiers.statusCode, [...READY_TO_RETURN]))
    .orderBy(asc(dossiers.statusChangedAt))
    .limit(limit);
  const queued = new Set(
    rows.length
      ? (await db.select({ n: outbox.demandNumber, payload: outbox.payload }).from(outbox).where(and(eq(outbox.kind, "status"), inArray(outbox.state, ["pending", "sending", "unknown", "review"]), inArray(outbox.demandNumber, rows.map((r) => r.dossier.demandNumber)))))
          .filter((r) => (JSON.parse(r.payload) as { statusCode?: string }).statusCode === "RPR")
          .map((r) => r.n)
      : [],
  );
  const ready = [];
  for (const { dossier, location } of rows) {
    if (queued.has(dossier.demandNumber)) continue;
    if (!mayCentreSend(factsOf(dossier), "RPR", await localRecord(db, dossier))) continue;
    ready.push({ demandNumber: dossier.demandNumber, statusCode: dossier.statusCode, resellerCode: dossier.resellerCode, siteName: dossier.siteName, brand: dossier.brand, location });
  }
  return ready;
}
