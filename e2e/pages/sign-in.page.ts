import { expect, type Page } from "@playwright/test";

export class SignInPage {
  constructor(private readonly page: Page) {}

  /** On this test run's server, or on another instance (`origin`, e2e/cluster.spec.ts). */
  async goto(origin = "") {
    await this.page.goto(`${origin}/connexion`);
    await expect(this.page.getByRole("heading", { name: "Connexion" })).toBeVisible();
  }

  /** Waits for the answer: React resets the form when an action completes, which would wipe a next entry. */
  async signIn(email: string, password: string, centre?: string) {
    const button = this.page.getByRole("button", { name: "Se connecter" });
    await expect(button).toBeEnabled();
    if (centre) await this.page.getByLabel("Centre").selectOption({ label: centre });
    await this.page.getByLabel("Adresse e-mail").fill(email);
    await this.page.getByLabel("Mot de passe").fill(password);
    await Promise.all([this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/connexion"), button.click()]);
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
