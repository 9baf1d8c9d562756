import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-accounts";
import { SignInPage } from "./pages/sign-in.page";
import { LYON, LYON_STATE, stateFile } from "./support/paths";

for (const [role, user] of Object.entries(DEMO_USERS)) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(user.email, DEMO_PASSWORD);
    await signIn.expectSignedInAs(user.name);
    await page.context().storageState({ path: stateFile(role) });
    // The server's first sync may still be running: finish it, so every test starts on a full mirror.
    if (role === "technician") expect((await page.request.post("/api/sync")).ok()).toBe(true);
  });
}

setup("sign in to the second centre", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto("", LYON.slug);
  await signIn.signIn(LYON.admin.email, LYON.admin.password);
  await signIn.expectSignedInAs(LYON.admin.name);
  await page.context().storageState({ path: stateFile(LYON_STATE) });
  expect((await page.request.post("/api/sync")).ok()).toBe(true);
});
