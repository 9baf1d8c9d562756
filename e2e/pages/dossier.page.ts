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

  /** The commands waiting on the platform, as the dossier page lists them. */
  pendingCommands() {
    return this.page.getByTestId("pending-command");
  }

  /** The open action form's send button. */
  sendButton() {
    return this.page.getByRole("button", { name: "Envoyer", exact: true });
  }

  /** Opens "Changer le statut" and picks a code, without sending it. */
  async chooseStatus(code: string) {
    await this.page.getByRole("button", { name: "Changer le statut" }).click();
    await this.page.getByLabel("Nouveau statut").selectOption(code);
  }

  /** Opens "Demander une information" and writes the message, without sending it. */
  async writeMessage(text: string) {
    await this.page.getByRole("button", { name: "Demander une information" }).click();
    await this.page.getByLabel("Message au revendeur").fill(text);
  }

  /** Opens the quote builder ("Émettre un devis"). */
  async openQuote() {
    await this.page.getByRole("button", { name: "Émettre un devis" }).click();
  }

  /** Fills line `n` (from 1) of the quote builder; the fields left out are left as they are. */
  async quoteLine(n: number, line: { label?: string; quantity?: string; price?: string }) {
    if (line.label !== undefined) await this.page.getByLabel(`Prestation ${n}`).fill(line.label);
    if (line.quantity !== undefined) await this.page.getByLabel(`Quantité ${n}`).fill(line.quantity);
    if (line.price !== undefined) await this.page.getByLabel(`Prix unitaire (€) ${n}`).fill(line.price);
  }

  quoteTotal() {
    return this.page.getByTestId("quote-total");
  }

  /** Through the "Changer le statut" action (confirming a code off the usual flow), then waits for the status to show. */
  async changeStatus(code: string) {
    await this.chooseStatus(code);
    const select = this.page.getByLabel("Nouveau statut");
    // Off the usual flow, the form asks for a confirmation: known from where the option sits, which is in
    // the page before the choice, rather than from whether the box has shown up yet.
    if ((await select.locator(`optgroup[label="Autre statut"] option[value="${code}"]`).count()) > 0) {
      await this.page.getByLabel(new RegExp(`Je confirme l'envoi de ${code}\\b`)).check();
    }
    await this.sendButton().click();
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
