import { expect, type Page } from "@playwright/test";

export class SignInPage {
  constructor(private readonly page: Page) {}

  /** On this test run's server, or on another instance (`origin`, e2e/cluster.spec.ts); `centre`: its own address. */
  async goto(origin = "", centre?: string) {
    await this.page.goto(`${origin}/connexion${centre ? `/${centre}` : ""}`);
    await expect(this.page.getByRole("heading", { name: "Connexion" })).toBeVisible();
  }

  /** Waits for the answer: React resets the form when an action completes, which would wipe a next entry. */
  /** `code`: the centre's code, typed in (on /connexion, when there are several centres). */
  async signIn(email: string, password: string, code?: string) {
    const button = this.page.getByRole("button", { name: "Se connecter" });
    await expect(button).toBeEnabled();
    if (code !== undefined) await this.page.getByLabel("Code du centre").fill(code);
    await this.page.getByLabel("Adresse e-mail").fill(email);
    await this.page.getByLabel("Mot de passe").fill(password);
    await Promise.all([this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/connexion")), button.click()]);
  }

  alert() {
    // Next.js keeps an empty role="alert" route announcer on every page: only the form's own counts.
    return this.page.locator("form").getByRole("alert");
  }

  async expectSignedInAs(name: string) {
    await expect(this.page.getByTestId("signed-in-user")).toContainText(name);
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(this.page).toHaveURL(/\/connexion/);
  }
}
