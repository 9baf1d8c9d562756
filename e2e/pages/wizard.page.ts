import { expect, type Page } from "@playwright/test";

export class WizardPage {
  constructor(private readonly page: Page) {}

  async goto(demandNumber: string, flow?: string) {
    await this.page.goto(`/dossiers/${encodeURIComponent(demandNumber)}/parcours${flow ? `?flux=${flow}` : ""}`);
    await expect(this.page.getByRole("heading", { level: 1, name: /Parcours guidé/ })).toBeVisible();
  }

  nextStep() {
    return this.page.getByRole("region", { name: /Étape suivante|Parcours terminé/ });
  }

  async expectNext(label: RegExp | string) {
    await expect(this.page.getByRole("heading", { level: 2, name: typeof label === "string" ? new RegExp(label) : label })).toBeVisible({ timeout: 15_000 });
  }

  async sendStatus(code: string) {
    await this.expectNext(`Étape suivante : .*\\b${code}\\b`);
    await this.nextStep().getByRole("button", { name: `Envoyer ${code}` }).click();
  }

  async choose(code: string) {
    await this.nextStep().getByLabel("Nouveau statut").selectOption(code);
    await this.nextStep().getByRole("button", { name: "Envoyer", exact: true }).click();
  }

  async expectFinished() {
    await expect(this.page.getByRole("heading", { level: 2, name: /Parcours terminé/ })).toBeVisible({ timeout: 15_000 });
  }

  step(id: string) {
    return this.page.getByTestId(`step-${id}`);
  }
}
