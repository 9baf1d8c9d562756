import "server-only";
// Putting products away by scan: a location's code chooses the place, a product's ticket, label, serial or
// IMEI puts it there (or waits for a place when none is chosen yet). Every move is kept (from, to, who,
// when, why) and audited; a product already returned to its client is refused.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { first, type Db } from "@/db";
import { dossiers, locationMoves, locations, MOVE_REASONS } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { identifiedBy } from "@/lib/dossiers/search";
import { dossierScopes, publish } from "@/lib/live/bus";
import { frLocations } from "@/lib/i18n/fr-locations";
import { LOCATION_CODE, locationByCode, normaliseCode } from "./places";

const t = frLocations.station;
type Place = { id: number; code: string; label: string };
type Reason = (typeof MOVE_REASONS)[number];

/** The products put in `place` (null: taken out of any), each move kept; those already there are left. */
export async function moveTo(ctx: Ctx, numbers: readonly string[], place: Place | null, reason: Reason) {
  const moved = await ctx.db.transaction(async (tx) => {
    const current = await tx.select({ n: dossiers.demandNumber, at: dossiers.locationId }).from(dossiers).where(inArray(dossiers.demandNumber, [...numbers]));
    const changing = current.filter((c) => c.at !== (place?.id ?? null));
    for (const c of changing) {
      await tx.update(dossiers).set({ locationId: place?.id ?? null }).where(eq(dossiers.demandNumber, c.n));
      await tx.insert(locationMoves).values({ demandNumber: c.n, fromLocation: c.at, toLocation: place?.id ?? null, reason, userId: ctx.user.id > 0 ? ctx.user.id : null, at: ctx.now });
    }
    if (changing.length) await recordAudit(tx, ctx, { action: "locations.move", summary: { to: place?.code ?? null, reason, dossiers: changing.map((c) => c.n) }, outcome: "ok" });
    return changing.map((c) => c.n);
  });
  if (moved.length) publish(dossierScopes(moved));
  return moved;
}

/** The one dossier a scanned product code names: its number, serial, IMEI or EAN. */
export async function productFor(db: Db, text: string): Promise<{ n: string; status: string } | "none" | "many"> {
  const found = await db.select({ n: dossiers.demandNumber, status: dossiers.statusCode }).from(dossiers).where(identifiedBy(text.trim())).limit(2);
  return found.length === 1 ? found[0]! : found.length ? "many" : "none";
}

export const putAwayInput = z.object({
  text: z.string().trim().min(1).max(100),
  location: z.string().max(20).nullable().default(null),
  pending: z.array(z.string().min(1).max(50)).max(100).default([]),
});

export interface PutAwayState {
  location: { code: string; label: string } | null;
  pending: string[];
  message: string;
  ok: boolean;
}

export async function putAway({ ctx, input }: { ctx: Ctx; input: z.output<typeof putAwayInput> }): Promise<PutAwayState> {
  const known = input.location ? await locationByCode(ctx.db, input.location) : undefined;
  const here = known ? { code: known.code, label: known.label } : null;
  const place = LOCATION_CODE.test(normaliseCode(input.text)) ? await locationByCode(ctx.db, input.text) : undefined;
  if (place) {
    const moved = input.pending.length ? await moveTo(ctx, input.pending, place, "put_away") : [];
    const message = moved.length ? moved.map((n) => t.moved(n, place.code)).join(" · ") : t.chosen(place.code);
    return { location: { code: place.code, label: place.label }, pending: [], message, ok: true };
  }
  const product = await productFor(ctx.db, input.text);
  if (product === "none") return { location: here, pending: input.pending, message: t.unknown(input.text), ok: false };
  if (product === "many") return { location: here, pending: input.pending, message: t.ambiguous(input.text), ok: false };
  if (product.status === "RPR") return { location: here, pending: input.pending, message: t.shipped(product.n), ok: false };
  if (!known) return { location: null, pending: [...new Set([...input.pending, product.n])], message: t.held(product.n), ok: true };
  const moved = await moveTo(ctx, [product.n], known, "put_away");
  return { location: here, pending: [], message: moved.length ? t.moved(product.n, known.code) : t.already(product.n, known.code), ok: true };
}

/** A dossier's place and its moves, newest first, for its page. */
export async function dossierLocation(db: Db, demandNumber: string, locationId: number | null) {
  const place = locationId ? await first(db.select().from(locations).where(eq(locations.id, locationId))) : undefined;
  const moves = await db.select().from(locationMoves).where(eq(locationMoves.demandNumber, demandNumber)).orderBy(locationMoves.at);
  const ids = [...new Set(moves.flatMap((m) => [m.fromLocation, m.toLocation]).filter((id): id is number => id !== null))];
  const codes = new Map(ids.length ? (await db.select({ id: locations.id, code: locations.code }).from(locations).where(inArray(locations.id, ids))).map((l) => [l.id, l.code]) : []);
  return {
    place: place ? { code: place.code, label: place.label } : null,
    moves: moves.reverse().map((m) => ({ at: m.at, from: m.fromLocation ? codes.get(m.fromLocation) ?? "?" : null, to: m.toLocation ? codes.get(m.toLocation) ?? "?" : null, reason: m.reason, userId: m.userId })),
  };
}

/** What a shelf's inventory found: expected there and not seen, seen and expected elsewhere (or nowhere). */
export async function inventoryDifferences(db: Db, code: string, seen: readonly string[]) {
  const place = await locationByCode(db, code);
  if (!place) return null;
  const expected = (await db.select({ n: dossiers.demandNumber }).from(dossiers).where(eq(dossiers.locationId, place.id))).map((r) => r.n);
  const seenSet = new Set(seen);
  const extraRows = seen.length
    ? await db.select({ n: dossiers.demandNumber, at: locations.code }).from(dossiers).leftJoin(locations, eq(locations.id, dossiers.locationId)).where(and(inArray(dossiers.demandNumber, [...seenSet])))
    : [];
  return {
    place: { code: place.code, label: place.label },
    missing: expected.filter((n) => !seenSet.has(n)).sort(),
    extra: extraRows.filter((r) => r.at !== place.code).map((r) => ({ n: r.n, at: r.at })).sort((a, b) => a.n.localeCompare(b.n)),
  };
}

export const inventoryScanInput = z.object({ text: z.string().trim().min(1).max(100) });
export const inventoryFinishInput = z.object({ code: z.string().trim().min(1).max(20), seen: z.array(z.string().min(1).max(50)).max(500) });
export const moveDossierInput = z.object({ demandNumber: z.string().min(1).max(50), code: z.string().max(20).nullable() });

/** One product scanned during an inventory: its dossier, or why it names none. */
export async function inventoryScan({ ctx, input }: { ctx: Ctx; input: z.output<typeof inventoryScanInput> }) {
  const product = await productFor(ctx.db, input.text);
  if (product === "none") return { n: null, message: t.unknown(input.text) };
  if (product === "many") return { n: null, message: t.ambiguous(input.text) };
  return { n: product.n, message: null };
}

export async function inventoryFinish({ ctx, input }: { ctx: Ctx; input: z.output<typeof inventoryFinishInput> }) {
  const found = await inventoryDifferences(ctx.db, input.code, input.seen);
  if (!found) throw new ServiceError("not_found", frLocations.errors.unknown);
  return found;
}

/** One correction after an inventory: a product put on the shelf it was seen on, or taken off the one it was not. */
export async function moveDossier({ ctx, input }: { ctx: Ctx; input: z.output<typeof moveDossierInput> }) {
  const place = input.code ? await locationByCode(ctx.db, input.code) : null;
  if (input.code && !place) throw new ServiceError("not_found", frLocations.errors.unknown);
  if (!(await first(ctx.db.select({ n: dossiers.demandNumber }).from(dossiers).where(eq(dossiers.demandNumber, input.demandNumber))))) throw new ServiceError("not_found", frLocations.errors.unknown);
  return { moved: await moveTo(ctx, [input.demandNumber], place ?? null, place ? "inventory" : "removed") };
}
