import "server-only";
// A product returned to its client (RPR, seen by the sync, a push, or sent by Atelier) leaves its place on
// the shelves by itself, with a move that says so, in the same transaction as the status.
import { and, inArray, isNotNull } from "drizzle-orm";
import { dossiers, locationMoves } from "@/db/schema";
import type { Tx } from "@/lib/context";

export async function leaveLocations(tx: Tx, numbers: readonly string[], at: Date) {
  if (!numbers.length) return;
  const placed = await tx
    .select({ n: dossiers.demandNumber, from: dossiers.locationId })
    .from(dossiers)
    .where(and(inArray(dossiers.demandNumber, [...numbers]), isNotNull(dossiers.locationId)));
  if (!placed.length) return;
  await tx.update(dossiers).set({ locationId: null }).where(inArray(dossiers.demandNumber, placed.map((p) => p.n)));
  await tx.insert(locationMoves).values(placed.map((p) => ({ demandNumber: p.n, fromLocation: p.from, toLocation: null, reason: "shipped" as const, at })));
}
