import "server-only";
// The two delays a manager sets for the follow-up: after how many days an unanswered quote is listed for a
// reminder, and within how many days of its return a product coming back is flagged.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/context";
import { REMINDER_DAYS_KEY } from "@/lib/quotes/reminders";
import { writeSetting } from "@/lib/settings";
import { frReminders } from "@/lib/i18n/fr-reminders";
import { markDerivedStale, startDerivedPass } from "./derived-pass";
import { REPEAT_DAYS_KEY, repeatDays } from "./product-history";

const days = (max: number, message: string) => z.coerce.number({ message }).int(message).min(1, message).max(max, message);
export const followUpInput = z.object({ reminderDays: days(90, frReminders.settings.reminderInvalid), repeatDays: days(365, frReminders.settings.repeatInvalid) });

export async function saveFollowUp({ ctx, input }: { ctx: Ctx; input: z.output<typeof followUpInput> }) {
  const saved = await ctx.db.transaction(async (tx) => {
    // The repeat repairs /indicateurs counts are judged against the repeat delay: a new one, a new count.
    const before = await repeatDays(tx);
    if (before !== input.repeatDays) await markDerivedStale(tx, ctx.now);
    for (const [key, value] of [[REMINDER_DAYS_KEY, input.reminderDays], [REPEAT_DAYS_KEY, input.repeatDays]] as const) {
      await writeSetting(tx, key, String(value));
    }
    await recordAudit(tx, ctx, { action: "quotes.follow_up", summary: { ...input }, outcome: "ok" });
    return before !== input.repeatDays;
  });
  if (saved) startDerivedPass(ctx.db);
  return input;
}
