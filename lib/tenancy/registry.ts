import "server-only";
// The centres a platform operator added, in the main database: add one (its client secret sealed), list
// them, re-seal every secret under a new key. The environment's centre is not here: it is centre 0.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { first, type Db } from "@/db";
import { platformUrl } from "@/lib/config/platform-url";
import { centres, type CentreRow } from "@/db/schema";
import { open, seal, sealedWith, keyFingerprint, SecretKeyError } from "./secret-box";
import { frOps } from "@/lib/i18n/fr-ops";

export const ENVIRONMENT_CENTRE = 0;

/** A centre's code as typed at sign-in (its slug; empty: the environment's centre). */
export const centreCode = z.string().trim().toLowerCase().max(31).regex(/^([a-z0-9][a-z0-9-]{1,30})?$/);

export const centreInput = z.object({
  slug: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,30}$/, frOps.centres.slug),
  name: z.string().trim().min(1, frOps.centres.required).max(100),
  baseUrl: platformUrl,
  clientId: z.string().trim().min(1, frOps.centres.required).max(200),
  clientSecret: z.string().min(1, frOps.centres.required).max(500),
});
export type CentreInput = z.output<typeof centreInput>;

export function listCentres(main: Db): Promise<CentreRow[]> {
  return main.select().from(centres).orderBy(asc(centres.id));
}

export function findCentre(main: Db, id: number): Promise<CentreRow | undefined> {
  return first(main.select().from(centres).where(eq(centres.id, id)));
}

export function findCentreBySlug(main: Db, slug: string): Promise<CentreRow | undefined> {
  return first(main.select().from(centres).where(eq(centres.slug, slug)));
}

export async function addCentre(main: Db, input: CentreInput, key: string | undefined, now = new Date()): Promise<CentreRow> {
  if (!key) throw new SecretKeyError(frOps.centres.keyToAdd);
  return main.transaction(async (tx) => {
    if (await first(tx.select({ id: centres.id }).from(centres).where(eq(centres.slug, input.slug)))) {
      throw new CentreExists(input.slug);
    }
    const { clientSecret, ...rest } = input;
    const [row] = await tx.insert(centres).values({ ...rest, secretSealed: seal(clientSecret, input.slug, key), createdAt: now }).returning();
    return row!;
  });
}

export class CentreExists extends Error {
  constructor(slug: string) {
    super(frOps.centres.exists(slug));
    this.name = "CentreExists";
  }
}

/** The client secret, opened with the current key or a previous one. */
export function clientSecret(row: CentreRow, keys: { current: string | undefined; previous: string[] }): string {
  return open(row.secretSealed, row.slug, [keys.current, ...keys.previous].filter((k): k is string => !!k));
}

/** After a rotation: every secret not sealed under the current key is opened and sealed again under it. */
export async function resealCentres(main: Db, keys: { current: string | undefined; previous: string[] }): Promise<number> {
  const current = keys.current;
  if (!current) throw new SecretKeyError(frOps.centres.newKey);
  let resealed = 0;
  await main.transaction(async (tx) => {
    for (const row of await listCentres(tx)) {
      if (sealedWith(row.secretSealed) === keyFingerprint(current)) continue;
      const secret = clientSecret(row, keys);
      await tx.update(centres).set({ secretSealed: seal(secret, row.slug, current) }).where(eq(centres.id, row.id));
      resealed++;
    }
  });
  return resealed;
}
