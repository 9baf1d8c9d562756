import { expect, test } from "./support/fixtures";

test("the app answers in French, with a banner saying it runs on the simulator", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Atelier/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("status").filter({ hasText: "Mode simulateur" })).toBeVisible();
});
