import "server-only";
// An admin's changes to an account: activation, role, password. Each one bumps the session version, so
// the user's open sessions stop at their next request.
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { first } from "@/db";
import { passwordSchema, roleSchema, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { sessionScope } from "@/lib/auth/end-sessions";
import { hashPassword } from "@/lib/auth/passwords";
import { ServiceError } from "@/lib/errors";
import { frAdmin } from "@/lib/i18n/fr-admin";
import { publish } from "@/lib/live/bus";

export const updateUserInput = z.discriminatedUnion("change", [
  z.object({ change: z.literal("active"), userId: z.coerce.number().int().positive(), active: z.boolean() }),
  z.object({ change: z.literal("role"), userId: z.coerce.number().int().positive(), role: roleSchema }),
  z.object({ change: z.literal("password"), userId: z.coerce.number().int().positive(), password: passwordSchema }),
]);
export type UpdateUserInput = z.output<typeof updateUserInput>;

export async function updateUser({ ctx, input }: { ctx: Ctx; input: UpdateUserInput }) {
  // An admin cannot lock themselves out by mistake; another admin can.
  if (input.userId === ctx.user.id && input.change !== "password") throw new ServiceError("conflict", frAdmin.notYourself);
  const passwordHash = input.change === "password" ? await hashPassword(input.password) : undefined;
  return ctx.db.transaction(async (tx) => {
    const user = await first(tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, input.userId)));
    if (!user) throw new ServiceError("not_found", frAdmin.userNotFound);
    const change =
      input.change === "active" ? { active: input.active } : input.change === "role" ? { role: input.role } : { passwordHash: passwordHash! };
    await tx
      .update(users)
      .set({ ...change, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: ctx.now })
      .where(eq(users.id, input.userId));
    const summary =
      input.change === "active" ? { email: user.email, active: input.active } : input.change === "role" ? { email: user.email, role: input.role } : { email: user.email };
    await recordAudit(tx, ctx, { action: `user.${input.change}`, summary, outcome: "ok" });
    return { id: user.id };
  }).then((done) => {
    // Their open live streams re-check the session and close.
    publish([sessionScope(done.id)], { centre: ctx.user.centreId });
    return done;
  });
}
