// A user's session secret (users.session_secret), and what a session shows of it.
import { createHash, timingSafeEqual } from "node:crypto";

export { newSessionSecret } from "@/db/session-secret";

/**
 * What a session shows of the secret: its digest. Auth.js answers /api/auth/session with the session object,
 * so the secret itself stays in the (encrypted) cookie and only this leaves it.
 */
export const sessionSecretDigest = (secret: unknown) =>
  typeof secret === "string" && secret ? createHash("sha256").update(secret).digest("hex") : "";

/** Whether a session's digest is the stored secret's; an empty secret (a row not yet given one) matches nothing. */
export function matchesSessionSecret(stored: string, digest: unknown): boolean {
  const expected = sessionSecretDigest(stored);
  if (!expected || typeof digest !== "string" || digest.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(digest));
}
