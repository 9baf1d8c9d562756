"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { centreIdentity } from "@/lib/identity/identity";
import { saveIdentity } from "@/lib/identity/store";

export const saveCentreAction = defineAction({
  name: "centre.identity",
  schema: centreIdentity,
  permission: "centre:manage",
  async run(args) {
    const saved = await saveIdentity(args);
    revalidatePath("/admin/centre");
    return saved;
  },
});
