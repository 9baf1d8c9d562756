"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { followUpInput, saveFollowUp } from "@/lib/dossiers/follow-up";
import { remindInput, remindQuote } from "@/lib/submit/quote-reminder";

export const remindQuoteAction = defineAction({
  name: "quotes.remind",
  schema: remindInput,
  permission: "dossiers:write",
  async run(args) {
    const outcome = await remindQuote(args);
    revalidatePath("/devis");
    return outcome;
  },
});

export const saveFollowUpAction = defineAction({
  name: "quotes.follow_up",
  schema: followUpInput,
  permission: "followup:manage",
  async run(args) {
    const saved = await saveFollowUp(args);
    revalidatePath("/devis");
    return saved;
  },
});
