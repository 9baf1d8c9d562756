// A test signed in as a given demo role: `test.use({ role: "manager" })`.
import { test as base } from "@playwright/test";
import type { Role } from "@/db/schema/users";
import { SIGNED_OUT, stateFile } from "./paths";

export const test = base.extend<{ role: Role | null }>({
  role: ["technician", { option: true }],
  // Playwright's fixture callback; named so the React hooks lint rule does not mistake it for use().
  storageState: async ({ role }, provide) => {
    await provide(role ? stateFile(role) : SIGNED_OUT);
  },
});
export { expect } from "@playwright/test";
