import "server-only";
// The centre's places (/admin/emplacements): zones, shelves and bins, each with a code its label carries.
import { asc, count, eq } from "drizzle-orm";
import { z } from "zod";
import { first, type Db } from "@/db";
import { dossiers, LOCATION_KINDS, locations } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { ServiceError } from "@/lib/errors";
import { frLocations } from "@/lib/i18n/fr-locations";
import { renderBounded } from "@/lib/pdf/bounded";

const t = frLocations.errors;
/** What a label's Code 128 carries and a scanner types back: upper case, digits, dashes. */
export const LOCATION_CODE = /^[A-Z0-9-]{1,20}$/;
export const normaliseCode = (text: string) => text.trim().toUpperCase();

export const locationInput = z.object({
  code: z.string({ error: t.code }).transform(normaliseCode).pipe(z.string().regex(LOCATION_CODE, t.code)),
  label: z.string({ error: t.label }).trim().min(1, t.label).max(80, t.label),
  kind: z.enum(LOCATION_KINDS, { error: t.code }),
});
export const locationIdInput = z.object({ id: z.coerce.number().int().positive() });

export async function listLocations(db: Db) {
  const counts = new Map((await db.select({ id: dossiers.locationId, n: count() }).from(dossiers).groupBy(dossiers.locationId)).map((r) => [r.id, r.n]));
  return (await db.select().from(locations).orderBy(asc(locations.code))).map((l) => ({ ...l, count: counts.get(l.id) ?? 0 }));
}

export const locationByCode = (db: Db, code: string) => first(db.select().from(locations).where(eq(locations.code, normaliseCode(code))));

export async function addLocation({ ctx, input }: { ctx: Ctx; input: z.output<typeof locationInput> }) {
  return ctx.db.transaction(async (tx) => {
    if (await first(tx.select({ id: locations.id }).from(locations).where(eq(locations.code, input.code)))) throw new ServiceError("invalid", t.taken, { code: t.taken });
    const [row] = await tx.insert(locations).values({ ...input, createdAt: ctx.now }).onConflictDoNothing().returning({ id: locations.id });
    if (!row) throw new ServiceError("invalid", t.taken, { code: t.taken });
    await recordAudit(tx, ctx, { action: "locations.add", summary: { ...input }, outcome: "ok" });
    return { id: row.id };
  });
}

export async function deleteLocation({ ctx, input }: { ctx: Ctx; input: z.output<typeof locationIdInput> }) {
  return ctx.db.transaction(async (tx) => {
    const place = await first(tx.select().from(locations).where(eq(locations.id, input.id)));
    if (!place) throw new ServiceError("not_found", t.unknown);
    const held = (await first(tx.select({ n: count() }).from(dossiers).where(eq(dossiers.locationId, place.id))))!.n;
    if (held > 0) throw new ServiceError("conflict", t.notEmpty(held));
    await tx.delete(locations).where(eq(locations.id, place.id));
    await recordAudit(tx, ctx, { action: "locations.delete", summary: { code: place.code }, outcome: "ok" });
    return { deleted: place.code };
  });
}

export const labelsInput = z.object({ size: z.enum(["small", "medium", "a4"]).catch("a4").default("a4"), code: z.string().max(20).optional() });

/** Every place's label, or one place's, as the bounded PDF worker draws them. */
export async function locationLabels(db: Db, input: z.output<typeof labelsInput>, now: Date) {
  const places = (await listLocations(db)).filter((p) => !input.code || p.code === normaliseCode(input.code));
  if (!places.length) throw new ServiceError("not_found", frLocations.admin.none);
  return renderBounded({ kind: "locationLabels", input: { at: now, size: input.size, places: places.map((p) => ({ code: p.code, label: p.label })) } });
}
