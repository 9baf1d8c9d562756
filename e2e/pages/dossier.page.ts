import { expect, type Page } from "@playwright/test";

export class DossierPage {
  constructor(private readonly page: Page) {}

  async goto(demandNumber: string) {
    await this.page.goto(`/dossiers/${encodeURIComponent(demandNumber)}`);
    await this.expectOpen(demandNumber);
  }

  async expectOpen(demandNumber: string) {
    await expect(this.page.getByRole("heading", { level: 1, name: demandNumber })).toBeVisible();
  }

  currentStatus() {
    return this.page.getByTestId("current-status");
  }

  /** The exact code: "D" must not be taken for the D in "RMAD". */
  async expectStatus(code: string) {
    await expect(this.currentStatus().locator("[data-status]")).toHaveAttribute("data-status", code, { timeout: 15_000 });
  }

  section(name: string) {
    return this.page.getByRole("region", { name });
  }

  field(section: string, label: string) {
    return this.section(section).locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  }

  documents() {
    return this.page.getByTestId("document");
  }

  async addNote(text: string) {
    await this.page.getByLabel("Nouvelle note (visible seulement dans Atelier)").fill(text);
    await this.page.getByRole("button", { name: "Ajouter la note" }).click();
  }

  /** Through the "Changer le statut" action (confirming a code off the usual flow), then waits for the status to show. */
  async changeStatus(code: string) {
    await this.page.getByRole("button", { name: "Changer le statut" }).click();
    await this.page.getByLabel("Nouveau statut").selectOption(code);
    const confirm = this.page.getByLabel(new RegExp(`Je confirme l'envoi de ${code}\\b`));
    if (await confirm.isVisible()) await confirm.check();
    await this.page.getByRole("button", { name: "Envoyer", exact: true }).click();
    await this.expectStatus(code);
  }

  /** Through the "Accepter le dossier" action, optionally moving on to a next status at once. */
  async accept(agreementNumber: string, nextStatus?: string) {
    await this.page.getByRole("button", { name: "Accepter le dossier" }).click();
    await this.page.getByLabel("Numéro d'accord").fill(agreementNumber);
    if (nextStatus) await this.page.getByLabel("Statut suivant (facultatif)").selectOption(nextStatus);
    await this.page.getByRole("button", { name: "Accepter", exact: true }).click();
    await this.expectStatus(nextStatus ?? "RMAOK");
  }

  note(text: string) {
    return this.page.getByTestId("timeline-note").filter({ hasText: text });
  }
}
