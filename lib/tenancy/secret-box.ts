import "server-only";
// A centre's client secret at rest: AES-256-GCM, under a key derived from ATELIER_SECRET_KEY, bound to the
// centre it belongs to (a sealed secret copied onto another centre does not open). The sealed form names
// its key by a fingerprint, so a rotation can tell what is still under a previous key.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { frOps } from "@/lib/i18n/fr-ops";

const VERSION = "v1";

export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretKeyError";
  }
}

const derive = (key: string) => Buffer.from(hkdfSync("sha256", key, "atelier", "centre client secret", 32));

/** Names a key without revealing it. */
export const keyFingerprint = (key: string) => createHash("sha256").update(`atelier key\0${key}`).digest("hex").slice(0, 12);

/** `v1.<key>.<iv>.<tag>.<ciphertext>`, base64url; `context` (the centre's slug) must be given again to open it. */
export function seal(plain: string, context: string, key: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derive(key), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, keyFingerprint(key), iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The key a sealed secret was sealed under, by fingerprint. */
export const sealedWith = (sealed: string) => sealed.split(".")[1] ?? "";

/** Opens with whichever of `keys` sealed it; a missing key, another context or any altered byte throws. */
export function open(sealed: string, context: string, keys: string[]): string {
  const [version, fingerprint, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new SecretKeyError(frOps.centres.unreadable);
  const key = keys.find((k) => keyFingerprint(k) === fingerprint);
  if (!key) throw new SecretKeyError(frOps.centres.noKey);
  try {
    const decipher = createDecipheriv("aes-256-gcm", derive(key), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretKeyError(frOps.centres.tampered);
  }
}
