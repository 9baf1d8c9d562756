import "server-only";
// PUSH mode (section 1): the platform posts dossiers in the format of retrieverequests. The body is
// signed with a shared secret (HMAC-SHA256 of the raw bytes, hex, in X-Atelier-Signature: sha256=...).
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Db } from "@/db";
import { upsertFromPlatform } from "@/lib/dossiers/mirror";
import { readDossiers } from "@/lib/rma/read-dossiers";
import { issuePath } from "@/lib/rma/transport";
import { retrieveReplyData } from "@/lib/rma/wire";

export const SIGNATURE_HEADER = "x-atelier-signature";

export function sign(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export function validSignature(secret: string, body: Buffer, header: string | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(header.trim());
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export type PushResult = { ok: true; received: number; changed: number } | { ok: false; reason: string };

/** Parses, validates and upserts; on any problem nothing is written. Bare array or the usual envelope. */
export function receivePush(db: Db, raw: Buffer, now = new Date()): PushResult {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString("utf8"));
  } catch {
    return { ok: false, reason: "corps JSON illisible" };
  }
  const list = Array.isArray(json) ? json : json && typeof json === "object" && "data" in json ? (json as { data: unknown }).data : json;
  const parsed = retrieveReplyData.safeParse(list);
  if (!parsed.success) return { ok: false, reason: `${issuePath(parsed.error, "data")} : ${parsed.error.issues[0]?.message ?? "invalide"}` };
  // A push is one signed message: unlike a sync's list, it is taken whole or not at all.
  const { dossiers, rejected } = readDossiers(parsed.data);
  const bad = rejected[0];
  if (bad) return { ok: false, reason: `data.${parsed.data.indexOf(bad.raw)}.${bad.field} : ${bad.reason}` };
  const outcome = upsertFromPlatform(db, dossiers, now, "push");
  return { ok: true, received: dossiers.length, changed: outcome.changed.length };
}
