import "server-only";
// « Relancer »: a message to the reseller about an unanswered quote, through the outbox like every command
// (the request id the screen keeps makes a second click the same request), and the quote marked reminded.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "@/db";
import { quotes } from "@/db/schema";
import type { Ctx, OutboxDeps } from "@/lib/context";
import { ServiceError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { frReminders } from "@/lib/i18n/fr-reminders";
import { submitAction } from "./submit-action";

export const remindInput = z.object({ requestId: z.uuid(), quoteId: z.coerce.number().int().positive() });

export async function remindQuote({ ctx, input, deps = ctx.outbox }: { ctx: Ctx; input: z.output<typeof remindInput>; deps?: OutboxDeps }) {
  const quote = await first(ctx.db.select().from(quotes).where(eq(quotes.id, input.quoteId)));
  if (!quote) throw new ServiceError("not_found", frReminders.unknownQuote);
  if (quote.answer) throw new ServiceError("conflict", frReminders.answered);
  const outcome = await submitAction({
    ctx,
    input: { requestId: input.requestId, demandNumber: quote.demandNumber, command: { kind: "message", payload: { message: frReminders.message(quote.quoteNumber, formatDate(quote.sentAt)) } } },
    deps,
  });
  if (!outcome.duplicate) await ctx.db.update(quotes).set({ remindedAt: ctx.now }).where(eq(quotes.id, quote.id));
  return { ...outcome, demandNumber: quote.demandNumber };
}
