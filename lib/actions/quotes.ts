"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
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
