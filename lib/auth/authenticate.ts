import "server-only";
// The credentials check behind the sign-in form: lock-out first, then the password, one generic failure.
import { eq } from "drizzle-orm";
import { first, type Db } from "@/db";
import { loginAttempts, users, type UserRow } from "@/db/schema";
import { DEMO_USERS } from "@/lib/auth/demo-accounts";
import { lockState, recordAttempt } from "./lockout";
import { decoyHash, verifyPassword } from "./passwords";
import { newSessionSecret } from "./session-secret";

export type AuthenticateResult =
  | { ok: true; user: UserRow }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

const DEMO_EMAILS = new Set<string>(Object.values(DEMO_USERS).map((u) => u.email));

export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip: string; mode?: "simulator" | "platform" },
  now = new Date(),
): Promise<AuthenticateResult> {
  const email = input.email.trim().toLowerCase();
  // The check and the failure it may become are one step: parallel attempts cannot all pass the count
  // before any of them is recorded. A success turns the row into a success afterwards.
  const attempt = await db.transaction(async (tx): Promise<{ until: Date } | { id: number }> => {
    const before = await lockState(tx, email, input.ip, now);
    if (before.locked) return { until: before.until! };
    return { id: await recordAttempt(tx, email, input.ip, false, now) };
  });
  if ("until" in attempt) return { ok: false, reason: "locked", until: attempt.until };

  const user = await first(db.select().from(users).where(eq(users.email, email)));
  // Verify against a decoy when the address is unknown, so timing does not reveal which accounts exist.
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  // The demo accounts' password is published: they never open a session on a real platform.
  const demoOnPlatform = input.mode === "platform" && DEMO_EMAILS.has(email);
  if (user && user.active && valid && !demoOnPlatform) {
    await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attempt.id));
    // A row written without the app (by hand, by a script) has no session secret yet: it gets one now,
    // since an empty one opens no session.
    if (!user.sessionSecret) {
      const sessionSecret = newSessionSecret();
      await db.update(users).set({ sessionSecret }).where(eq(users.id, user.id));
      return { ok: true, user: { ...user, sessionSecret } };
    }
    return { ok: true, user };
  }
  const after = await lockState(db, email, input.ip, now);
  return after.locked ? { ok: false, reason: "locked", until: after.until! } : { ok: false, reason: "invalid" };
}
