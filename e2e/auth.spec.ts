import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-accounts";
import { SignInPage } from "./pages/sign-in.page";
import { UsersPage } from "./pages/users.page";
import { createAccount, signedInContext, uniqueAddress } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { BASE_URL, stateFile } from "./support/paths";
import { callAction } from "./support/server-actions";
import { atStatus } from "./support/simulator";

test.describe("signed out", () => {
  test.use({ role: null });
  test.beforeEach(async ({ context }) => {
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueAddress() });
  });

  test("a page without a session sends to the sign-in page, which lists the demo accounts, then back to the page", async ({ page }) => {
    const [target] = await atStatus("D");
    await page.goto(`/dossiers/${target!.demand_number}?onglet=documents`);
    await expect(page).toHaveURL(/\/connexion\?retour=/);
    await expect(page.getByRole("region", { name: "Comptes de démonstration" })).toContainText(DEMO_USERS.technician.email);
    await new SignInPage(page).signIn(DEMO_USERS.technician.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`/dossiers/${target!.demand_number}\\?onglet=documents$`));
  });

  test("the return path after sign-in never leaves the site", async ({ page }) => {
    await page.goto(`/connexion?retour=${encodeURIComponent("//evil.example/phish")}`);
    await new SignInPage(page).signIn(DEMO_USERS.technician.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dossiers$/);
  });

  // A created account: signing out ends every session of the user, the demo technician's saved one too.
  test("sign in, then sign out: a cookie copied before is refused after, and the open live stream closes", async ({ page, context, signIn }) => {
    const account = await createAccount();
    await signIn.goto();
    await signIn.signIn(account.email.toUpperCase(), account.password);
    await signIn.expectSignedInAs(account.name);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const copied = (path: string) => fetch(`${BASE_URL}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect((await copied("/api/notifications")).status).toBe(200);
    const stream = await copied("/api/live");
    expect(stream.status).toBe(200);
    const ended = readUntilEnd(stream.body!);

    await signIn.signOut();
    await ended; // the stream closes by itself (the test's timeout is the bound)
    expect((await copied("/api/notifications")).status).toBe(401);
    const dossiers = await copied("/dossiers");
    expect(dossiers.status).toBe(307);
    expect(dossiers.headers.get("location")).toMatch(/\/connexion/);
    expect((await copied("/api/live")).status).toBe(401);
    await page.goto("/");
    await expect(page).toHaveURL(/\/connexion(\?|$)/);
    // And signing in again works: only the old sessions ended.
    await signIn.signIn(account.email, account.password);
    await signIn.expectSignedInAs(account.name);
  });

  test("a wrong password and an unknown address get the same generic message", async ({ page, signIn }) => {
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.manager.email, "pas-le-bon-mot-de-passe");
    await expect(signIn.alert()).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    await signIn.signIn("personne@atelier.test", "pas-le-bon-mot-de-passe");
    await expect(signIn.alert()).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    await expect(page).toHaveURL(/\/connexion$/);
  });

  test("five failures lock the account, even for the right password", async ({ page, signIn }) => {
    const account = await createAccount();
    await signIn.goto();
    for (let i = 1; i <= 4; i++) {
      await signIn.signIn(account.email, `mauvais-${i}`);
      await expect(signIn.alert()).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    }
    await signIn.signIn(account.email, "mauvais-5");
    await expect(signIn.alert()).toContainText("Trop de tentatives échouées");
    // From another address too: the account itself is locked.
    await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": uniqueAddress() });
    await signIn.signIn(account.email, account.password);
    await expect(signIn.alert()).toContainText("connexion bloquée pendant 10 minutes");
  });

  test("a server action called without a session gets 401 and no data", async ({ request }) => {
    const reply = await callAction(request, "/admin/utilisateurs", "createUserAction", [
      { name: "Intrus", email: "intrus@atelier.test", role: "admin", password: "mot-de-passe-intrus" },
    ]);
    expect(reply.body).toContain('"code":"unauthenticated"');
  });
});

test.describe("as a technician", () => {
  test.use({ role: "technician" });

  test("the admin page is refused with a 403", async ({ page }) => {
    const response = await page.goto("/admin/utilisateurs");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Utilisateurs" })).toHaveCount(0);
  });

  test("an admin action called directly is refused and creates nothing", async ({ page, browser }) => {
    const email = `intrus-${Date.now()}@atelier.test`;
    const reply = await callAction(page.request, "/admin/utilisateurs", "createUserAction", [
      { name: "Intrus", email, role: "admin", password: "mot-de-passe-intrus" },
    ]);
    expect(reply.body).toContain('"code":"forbidden"');
    const admin = await browser.newContext({ baseURL: BASE_URL, storageState: stateFile("admin") });
    const adminPage = await admin.newPage();
    await new UsersPage(adminPage).goto();
    await expect(adminPage.getByText(email)).toHaveCount(0);
    await admin.close();
  });
});

test.describe("as a manager", () => {
  test.use({ role: "manager" });

  test("the admin page is refused too", async ({ page }) => {
    expect((await page.goto("/admin/utilisateurs"))?.status()).toBe(403);
  });
});

test.describe("as an admin", () => {
  test.use({ role: "admin" });

  test("creates a user who can then sign in", async ({ page, browser, users }) => {
    await users.goto();
    const email = `nouveau-${Date.now()}@atelier.test`;
    await users.create({ name: "Nina Nouvelle", email, role: "Technicien", password: "court" });
    await expect(page.getByText("Au moins 12 caractères")).toBeVisible();
    await users.create({ name: "Nina Nouvelle", email, role: "Technicien", password: "un-mot-de-passe-solide" });
    await expect(page.getByRole("status").filter({ hasText: `Utilisateur ${email} créé.` })).toBeVisible();
    await expect(users.row(email)).toContainText("Technicien");

    const { context } = await signedInContext(browser, { email, password: "un-mot-de-passe-solide", name: "Nina Nouvelle" });
    await context.close();
  });

  test("a deactivated user is thrown out of an open session", async ({ browser, users }) => {
    const account = await createAccount("technician");
    const { context: theirs, page: theirPage, signIn } = await signedInContext(browser, account);
    const cookie = (await theirs.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const stream = await fetch(`${BASE_URL}/api/live`, { headers: { Cookie: cookie } });
    expect(stream.status).toBe(200);
    const ended = readUntilEnd(stream.body!);

    await users.goto();
    await users.deactivate(account.email);
    await ended;

    await theirPage.reload();
    await expect(theirPage).toHaveURL(/\/connexion\?retour=/);
    await signIn.signIn(account.email, account.password);
    await expect(signIn.alert()).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    await theirs.close();
  });
});

/** Resolves when the server closes the stream (what it sent before is read and dropped). */
async function readUntilEnd(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  while (!(await reader.read()).done);
}
