import "server-only";
// A client's personal data replaced by a pseudonym, for a dossier kept past its retention period or at a
// person's request: the name becomes "Client <code>", the e-mail, the phone and the address go, the files
// uploaded for the dossier keep their place but lose their content. What the figures count stays: statuses,
// dates, reseller, brand, amounts, history. Idempotent: a dossier done once is left alone.
import { createHash } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { dossiers, outbox, quarantine, uploads } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { frPrivacy } from "@/lib/i18n/fr-privacy";

/** The same dossier always gets the same pseudonym: two views of it still agree. */
export const pseudonymOf = (demandNumber: string) => frPrivacy.pseudonym(createHash("sha256").update(demandNumber).digest("hex").slice(0, 8).toUpperCase());

/** The platform's client_* fields beyond name and e-mail (phone, address…), kept in `extra`. */
const withoutClientFields = (extra: string) => {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(extra) as Record<string, unknown>;
  } catch {
    return "{}";
  }
  return JSON.stringify(Object.fromEntries(Object.entries(parsed).filter(([key]) => !key.startsWith("client_"))));
};

const UPLOAD_ID = /"uploadId"\s*:\s*"([^"]+)"/g;

/** Pseudonymises the dossiers not done yet among `numbers`; returns those it did. */
export async function pseudonymise(tx: Tx, numbers: string[], now: Date): Promise<string[]> {
  if (!numbers.length) return [];
  const done: string[] = [];
  for (let i = 0; i < numbers.length; i += 500) {
    const batch = numbers.slice(i, i + 500);
    const rows = await tx.select({ demandNumber: dossiers.demandNumber, extra: dossiers.extra }).from(dossiers).where(and(inArray(dossiers.demandNumber, batch), isNull(dossiers.pseudonymisedAt)));
    for (const row of rows) {
      await tx
        .update(dossiers)
        .set({ clientName: pseudonymOf(row.demandNumber), clientMail: null, extra: withoutClientFields(row.extra), pseudonymisedAt: now, platformDigest: null })
        .where(eq(dossiers.demandNumber, row.demandNumber));
      done.push(row.demandNumber);
    }
    if (!rows.length) continue;
    const mine = rows.map((r) => r.demandNumber);
    // The files sent with the dossier's commands (agreements, photos, reports): their bytes go.
    const payloads = await tx.select({ payload: outbox.payload }).from(outbox).where(inArray(outbox.demandNumber, mine));
    const ids = [...new Set(payloads.flatMap((p) => [...p.payload.matchAll(UPLOAD_ID)].map((m) => m[1]!)))];
    if (ids.length) {
      await tx
        .update(uploads)
        .set({ name: frPrivacy.erasedFile, content: Buffer.alloc(0), size: 0, sha256: createHash("sha256").digest("hex") })
        .where(inArray(uploads.id, ids));
    }
    // What the platform sent that did not fit the format is kept as it came: it goes too.
    await tx.delete(quarantine).where(inArray(quarantine.demandNumber, mine));
  }
  return done;
}
