"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { erasePerson, personQuery } from "@/lib/privacy/person";
import { retentionInput, saveRetention } from "@/lib/privacy/retention";

export const saveRetentionAction = defineAction({
  name: "privacy.retention",
  schema: retentionInput,
  permission: "privacy:manage",
  async run(args) {
    const saved = await saveRetention(args);
    revalidatePath("/admin");
    return saved;
  },
});

export const erasePersonAction = defineAction({
  name: "privacy.erase",
  schema: personQuery,
  permission: "privacy:manage",
  async run(args) {
    const erased = await erasePerson(args);
    revalidatePath("/admin/donnees-personnelles");
    return erased;
  },
});
