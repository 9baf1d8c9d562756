import "server-only";
// PUSH mode (section 1): the platform posts dossiers in the format of retrieverequests. Each push carries
// a timestamp (X-Atelier-Timestamp, Unix seconds) and the HMAC-SHA256 of `timestamp + "." + body`, keyed
// with the shared secret (X-Atelier-Signature: sha256=<hex>). A push older or newer than five minutes, one
// already seen, or one that would roll a dossier back behind what the mirror learnt since, is refused.
import { createHmac, timingSafeEqual } from "node:crypto";
import { inArray, lt } from "drizzle-orm";
import type { Db } from "@/db";
import { dossiers, pushSignatures } from "@/db/schema";
import { upsertFromPlatform } from "@/lib/dossiers/mirror";
import { readDossiers } from "@/lib/rma/read-dossiers";
import { parseJsonKeepingDigits } from "@/lib/rma/json-text";
import { issuePath } from "@/lib/rma/transport";
import { retrieveReplyData } from "@/lib/rma/wire";
import { frOps } from "@/lib/i18n/fr-ops";

export const SIGNATURE_HEADER = "x-atelier-signature";
export const TIMESTAMP_HEADER = "x-atelier-timestamp";
export const MAX_SKEW_MS = 5 * 60_000;

export function sign(secret: string, timestamp: string, body: string | Buffer): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex")}`;
}

export type PushResult =
  | { ok: true; received: number; changed: number }
  | { ok: false; httpStatus: 400 | 401 | 409; reason: string };

/** The signature, the timestamp's freshness and its novelty: 401 for any doubt, 409 for a replay. */
export async function checkSignature(db: Db, secret: string, body: Buffer, headers: { signature: string | null; timestamp: string | null }, now = new Date()): Promise<PushResult | null> {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, httpStatus: 401, reason: frOps.push.noSignature };
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(signature.trim());
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, httpStatus: 401, reason: frOps.push.badSignature };
  if (Math.abs(now.getTime() - Number(timestamp) * 1000) > MAX_SKEW_MS) return { ok: false, httpStatus: 401, reason: frOps.push.skew };
  await db.delete(pushSignatures).where(lt(pushSignatures.at, new Date(now.getTime() - 2 * MAX_SKEW_MS)));
  const fresh = (await db.insert(pushSignatures).values({ signature: given.toString(), at: now }).onConflictDoNothing().returning({ at: pushSignatures.at })).length === 1;
  return fresh ? null : { ok: false, httpStatus: 409, reason: frOps.push.replay };
}

/** Parses, validates and upserts; on any problem nothing is written. Bare array or the usual envelope. */
export async function receivePush(db: Db, raw: Buffer, sentAt: Date, now = new Date()): Promise<PushResult> {
  let json: unknown;
  try {
    json = parseJsonKeepingDigits(raw.toString("utf8"));
  } catch {
    return { ok: false, httpStatus: 400, reason: "corps JSON illisible" };
  }
  const list = Array.isArray(json) ? json : json && typeof json === "object" && "data" in json ? (json as { data: unknown }).data : json;
  const parsed = retrieveReplyData.safeParse(list);
  if (!parsed.success) return { ok: false, httpStatus: 400, reason: `${issuePath(parsed.error, "data")} : ${parsed.error.issues[0]?.message ?? "invalide"}` };
  // A push is one signed message: unlike a sync's list, it is taken whole or not at all.
  const { dossiers: pushed, rejected } = readDossiers(parsed.data);
  const bad = rejected[0];
  if (bad) return { ok: false, httpStatus: 400, reason: `data.${parsed.data.indexOf(bad.raw)}.${bad.field} : ${bad.reason}` };
  // What the mirror learnt after the push was signed is newer than the push: it is not rolled back.
  const known = pushed.length
    ? await db
        .select({ n: dossiers.demandNumber, status: dossiers.statusCode, changedAt: dossiers.statusChangedAt })
        .from(dossiers)
        .where(inArray(dossiers.demandNumber, pushed.map((d) => d.demandNumber)))
    : [];
  const stale = known.find((k) => k.changedAt.getTime() > sentAt.getTime() && pushed.some((d) => d.demandNumber === k.n && d.statusCode !== k.status));
  if (stale) return { ok: false, httpStatus: 409, reason: frOps.push.stale(stale.n, stale.status) };
  const outcome = await upsertFromPlatform(db, pushed, now, "push");
  return { ok: true, received: pushed.length, changed: outcome.changed.length };
}
