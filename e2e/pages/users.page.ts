import { expect, type Page } from "@playwright/test";

export class UsersPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/admin/utilisateurs");
    await expect(this.page.getByRole("heading", { level: 1, name: "Utilisateurs" })).toBeVisible();
  }

  async create(user: { name: string; email: string; role: string; password: string }) {
    await this.page.getByLabel("Nom", { exact: true }).fill(user.name);
    await this.page.getByLabel("Adresse e-mail").fill(user.email);
    await this.page.getByLabel("Rôle", { exact: true }).selectOption({ label: user.role });
    await this.page.getByLabel("Mot de passe (12 caractères minimum)").fill(user.password);
    await this.page.getByRole("button", { name: "Créer l'utilisateur" }).click();
  }

  row(email: string) {
    return this.page.getByTestId(`user-${email}`);
  }

  async deactivate(email: string) {
    await this.row(email).getByRole("button", { name: /Désactiver/ }).click();
    await expect(this.row(email)).toContainText("Désactivé");
  }
}
