import "server-only";
// The demo's places: a goods-in zone, two racks of shelves and a bin for small parts, written once on an
// empty table, and the products waiting in the workshop put on them, each with its move.
import { and, inArray, isNull, sql } from "drizzle-orm";
import { first } from "@/db";
import { dossiers, locationMoves, locations } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { frDemo } from "@/lib/i18n/fr-demo";

const IN_THE_WORKSHOP = ["D", "IEXP", "EDE", "VDE", "RDE", "REPPROG", "CMDPART", "INTWAIT", "PRRE", "PRIR", "RPLPR", "INFSTT", "INFREV"];

export async function writeDemoLocations(tx: Tx, who: { id: number }, now: Date) {
  if ((await first(tx.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(locations)))!.n > 0) return;
  const places = [
    { code: "RECEP", label: frDemo.locations.reception, kind: "zone" as const },
    ...["A", "B"].flatMap((rack) => [1, 2, 3, 4].map((level) => ({ code: `${rack}-0${level}`, label: frDemo.locations.shelf(rack, level), kind: "shelf" as const }))),
    { code: "BAC-01", label: frDemo.locations.bin, kind: "bin" as const },
  ];
  const ids = await tx.insert(locations).values(places.map((p) => ({ ...p, createdAt: now }))).returning({ id: locations.id, code: locations.code });
  const shelves = ids.filter((p) => /^[AB]-/.test(p.code));
  const waiting = (await tx.select({ n: dossiers.demandNumber }).from(dossiers).where(and(inArray(dossiers.statusCode, IN_THE_WORKSHOP), isNull(dossiers.locationId))).orderBy(dossiers.demandNumber)).map((d) => d.n);
  for (const [i, n] of waiting.entries()) {
    const place = i % 7 === 6 ? ids[0]! : shelves[i % shelves.length]!;
    await tx.update(dossiers).set({ locationId: place.id }).where(inArray(dossiers.demandNumber, [n]));
    await tx.insert(locationMoves).values({ demandNumber: n, fromLocation: null, toLocation: place.id, reason: "put_away", userId: who.id, at: now });
  }
}
