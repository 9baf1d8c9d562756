// Who has a dossier: a technician takes one and finds it under "Mes dossiers"; a manager hands several at
// once from the queue; a technician has no bulk action (and the action refuses them: e2e/security.spec.ts).
import { queueCell } from "./pages/queue.page";
import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";
import { BASE_URL, stateFile } from "./support/paths";

test("a technician takes a dossier and finds it in « Mes dossiers »", async ({ page, dossier }) => {
  const n = await newSyncedDossier(page.request, "REP");
  await dossier.goto(n);
  await expect(page.getByTestId("dossier-assignee")).toContainText("Attribué à : Personne");
  await page.getByRole("button", { name: "Prendre ce dossier" }).click();
  await expect(page.getByTestId("dossier-assignee")).toContainText("Théo Technicien");
  await page.goto("/dossiers");
  // No checkboxes, no bulk action for a technician.
  await expect(page.getByRole("checkbox", { name: /Sélectionner/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Mes dossiers" }).click();
  await expect(page).toHaveURL(/mine=true/);
  await expect(page.getByRole("link", { name: "Mes dossiers" })).toHaveAttribute("aria-current", "page");
  // The demo already gives Théo a workshop's worth of dossiers: the new one is first among the newest.
  await page.goto("/dossiers?mine=true&sort=newest");
  await expect(page.getByTestId("queue-row").first()).toContainText(n);
  await expect(page.getByTestId("queue-row").filter({ hasText: n })).toContainText("Théo Technicien");
  for (const row of await page.getByTestId("queue-row").all()) await expect(row).toContainText("Théo Technicien");
});

test.describe("as a manager", () => {
  test.use({ role: "manager" });

  test("hands several dossiers to a technician at once from the queue", async ({ page, browser }) => {
    const numbers = [await newSyncedDossier(page.request, "PAD"), await newSyncedDossier(page.request, "PAD")];
    await page.goto("/dossiers?sort=newest");
    for (const n of numbers) await page.getByRole("checkbox", { name: `Sélectionner ${n}` }).check();
    await expect(page.getByText("2 dossiers sélectionnés")).toBeVisible();
    await page.getByLabel("Attribuer à", { exact: true }).selectOption({ label: "Théo Technicien" });
    await page.getByRole("button", { name: "Attribuer", exact: true }).click();
    await expect(page.getByText("2 dossiers attribués.")).toBeVisible();
    for (const n of numbers) await expect(await queueCell(page, n, "Attribué à")).toHaveText("Théo Technicien");

    const technician = await browser.newContext({ baseURL: BASE_URL, storageState: stateFile("technician") });
    const tech = await technician.newPage();
    await tech.goto("/dossiers?mine=1&sort=newest");
    for (const n of numbers) await expect(tech.getByTestId("queue-row").filter({ hasText: n })).toBeVisible();
    await technician.close();
  });
});
