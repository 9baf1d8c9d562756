import { expect, type Locator, type Page } from "@playwright/test";

/** A dossier's cell in the queue under a column, found by the column's header as a reader finds it. */
export async function queueCell(page: Page, demandNumber: string, column: string): Promise<Locator> {
  const headers = (await page.locator("table thead th").allTextContents()).map((h) => h.trim());
  const index = headers.indexOf(column);
  expect(index, `colonne « ${column} » parmi ${headers.join(", ")}`).toBeGreaterThanOrEqual(0);
  return page.getByTestId("queue-row").filter({ hasText: demandNumber }).locator("td").nth(index);
}

export class QueuePage {
  constructor(private readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/dossiers${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Dossiers" })).toBeVisible();
  }

  phaseTab(label: string) {
    return this.page.getByRole("navigation", { name: "Phases" }).getByRole("link", { name: new RegExp(`^${label} \\d+$`) });
  }

  async phaseCount(label: string) {
    const text = (await this.phaseTab(label).textContent()) ?? "";
    return Number(/(\d+)$/.exec(text.trim())?.[1]);
  }

  async totalShown() {
    const text = (await this.page.getByText(/^\d[\d\s ]* dossiers?$/).textContent()) ?? "";
    return Number(text.replace(/\D/g, ""));
  }

  rows() {
    return this.page.getByTestId("queue-row");
  }

  async refresh() {
    await this.page.getByRole("button", { name: "Actualiser" }).click();
    await expect(this.page.getByRole("button", { name: "Actualiser" })).toBeEnabled({ timeout: 15_000 });
  }

  async scan(text: string) {
    // "/" is heard once the page has hydrated: the field says so.
    await expect(this.page.getByLabel("Rechercher un dossier")).toHaveAttribute("data-shortcut", "on");
    await this.page.locator("body").press("/");
    await expect(this.page.getByLabel("Rechercher un dossier")).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
  }
}
