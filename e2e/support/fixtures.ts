// A test signed in as a given demo role (`test.use({ role: "manager" })`), with the page objects of its
// page as fixtures: `async ({ dossier, queue }) => …` instead of building them in each test.
import { test as base } from "@playwright/test";
import type { Role } from "@/db/schema/users";
import { DossierPage } from "../pages/dossier.page";
import { QueuePage } from "../pages/queue.page";
import { SignInPage } from "../pages/sign-in.page";
import { UsersPage } from "../pages/users.page";
import { WizardPage } from "../pages/wizard.page";
import { SIGNED_OUT, stateFile } from "./paths";

interface Pages {
  dossier: DossierPage;
  queue: QueuePage;
  signIn: SignInPage;
  users: UsersPage;
  wizard: WizardPage;
}

// Playwright's fixture callbacks; `provide` is named so the React hooks lint rule does not mistake it for use().
export const test = base.extend<{ role: Role | null } & Pages>({
  role: ["technician", { option: true }],
  storageState: async ({ role }, provide) => {
    await provide(role ? stateFile(role) : SIGNED_OUT);
  },
  dossier: async ({ page }, provide) => provide(new DossierPage(page)),
  queue: async ({ page }, provide) => provide(new QueuePage(page)),
  signIn: async ({ page }, provide) => provide(new SignInPage(page)),
  users: async ({ page }, provide) => provide(new UsersPage(page)),
  wizard: async ({ page }, provide) => provide(new WizardPage(page)),
});
export { expect } from "@playwright/test";
