import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";
import { control, details } from "./support/simulator";

test("when the platform is down, a banner says so, the mirror stays usable, and it clears when the platform is back", async ({ page, dossier, queue }) => {
  // A dossier nobody opened yet: its documents are not in the server's short cache.
  const target = await newSyncedDossier(page.request, "PAD");
  await control("/faults", { errorRate: 1 });
  try {
    await dossier.goto(target);
    await expect(page.getByText("Les documents n'ont pas pu être lus sur RMA Manager")).toBeVisible({ timeout: 15_000 });
    await page.reload();
    await expect(page.getByTestId("platform-down")).toContainText("RMA Manager ne répond plus");
    // The mirror still serves the queues and the dossier.
    await queue.goto("?phase=reception-expertise");
    await expect(queue.rows().first()).toBeVisible();
    await expect(page.getByTestId("platform-down")).toBeVisible();
  } finally {
    await control("/faults", { errorRate: 0 });
  }
  await page.getByRole("button", { name: "Actualiser" }).click();
  await expect(page.getByText(/dossiers synchronisés/)).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(page.getByTestId("platform-down")).toHaveCount(0);
});

test("an action queued while the platform failed goes out by itself once it is back", async ({ page, dossier }) => {
  const target = await newSyncedDossier(page.request, "PAD");
  await dossier.goto(target);
  await control("/faults", { errorRate: 1 });
  try {
    await page.getByRole("button", { name: "Changer le statut" }).click();
    await page.getByLabel("Nouveau statut").selectOption("D");
    await page.getByRole("button", { name: "Envoyer", exact: true }).click();
    // A 500 does not say whether the status was applied: it is checked before anything goes again.
    await expect(page.getByTestId("pending-command")).toContainText("Résultat inconnu, vérification en cours");
    await expect(page.getByTestId("pending-reason")).toContainText("Atelier vérifie sur RMA Manager avant tout renvoi");
  } finally {
    await control("/faults", { errorRate: 0 });
  }
  // No click: the server's outbox worker retries on its own.
  await expect.poll(async () => (await details(target)).dossier.current_status_code, { timeout: 30_000 }).toBe("D");
  await page.reload();
  await expect(page.getByTestId("pending-command")).toHaveCount(0);
  await dossier.expectStatus("D");
});
