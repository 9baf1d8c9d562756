import { expect, test } from "@playwright/test";

test("the app answers in French with the platform's statuses", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Atelier/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Atelier" })).toBeVisible();
  await expect(page.getByText("Devis validé")).toBeVisible();
});

test("a banner says the app runs on the simulator", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "Mode simulateur" })).toBeVisible();
});
