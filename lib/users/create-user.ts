import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "@/db";
import { emailSchema, nameSchema, passwordSchema, roleSchema, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/passwords";
import { ServiceError } from "@/lib/errors";
import { frAdmin } from "@/lib/i18n/fr-admin";

export const createUserInput = z.object({ email: emailSchema, name: nameSchema, role: roleSchema, password: passwordSchema });

export async function createUser({ ctx, input }: { ctx: Ctx; input: z.output<typeof createUserInput> }) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    if (await first(tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)))) {
      throw new ServiceError("conflict", frAdmin.emailTaken, { email: frAdmin.emailTaken });
    }
    const created = await first(
      tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, passwordHash })
      .returning({ id: users.id, email: users.email }),
    );
    await recordAudit(tx, ctx, { action: "user.create", summary: { email: input.email, role: input.role }, outcome: "ok" });
    return created!;
  });
}
