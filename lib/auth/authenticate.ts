import "server-only";
// The credentials check behind the sign-in form: lock-out first, then the password, one generic failure.
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { users, type UserRow } from "@/db/schema";
import { lockState, recordAttempt } from "./lockout";
import { decoyHash, verifyPassword } from "./passwords";

export type AuthenticateResult =
  | { ok: true; user: UserRow }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

export async function authenticate(db: Db, input: { email: string; password: string; ip: string }, now = new Date()): Promise<AuthenticateResult> {
  const email = input.email.trim().toLowerCase();
  const before = lockState(db, email, input.ip, now);
  if (before.locked) return { ok: false, reason: "locked", until: before.until! };

  const user = db.select().from(users).where(eq(users.email, email)).get();
  // Verify against a decoy when the address is unknown, so timing does not reveal which accounts exist.
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (user && user.active && valid) {
    recordAttempt(db, email, input.ip, true, now);
    return { ok: true, user };
  }
  recordAttempt(db, email, input.ip, false, now);
  const after = lockState(db, email, input.ip, now);
  return after.locked ? { ok: false, reason: "locked", until: after.until! } : { ok: false, reason: "invalid" };
}
