"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { createUser, createUserInput } from "@/lib/users/create-user";
import { updateUser, updateUserInput } from "@/lib/users/update-user";

export const createUserAction = defineAction({
  name: "users.create",
  schema: createUserInput,
  permission: "users:manage",
  async run(args) {
    const created = await createUser(args);
    revalidatePath("/admin/utilisateurs");
    return created;
  },
});

export const updateUserAction = defineAction({
  name: "users.update",
  schema: updateUserInput,
  permission: "users:manage",
  async run(args) {
    const updated = await updateUser(args);
    revalidatePath("/admin/utilisateurs");
    return updated;
  },
});
