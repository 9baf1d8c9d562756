import { DossierPage } from "./pages/dossier.page";
import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";
import { atStatus } from "./support/simulator";

test("the Simulateur panel answers a quote as the reseller, and the dossier moves at once", async ({ page, dossier }) => {
  const [quoted] = await atStatus("EDE");
  await dossier.goto(quoted!.demand_number);
  await dossier.expectStatus("EDE");
  await page.getByRole("button", { name: "Refuser le devis, produit à détruire (RDE DESTRUCT)" }).click();
  await dossier.expectStatus("RDE");
  await expect(page.getByText(/DESTRUCT/).first()).toBeVisible();
  await expect(dossier.field("Accord", "Traitement après refus du devis")).toHaveText("Destruction du produit");
});

test("the Simulateur panel answers an information request", async ({ page, dossier }) => {
  // An accepted dossier asked for information: the strict platform moves it to INFSTT.
  const n = await newSyncedDossier(page.request, "REP");
  await dossier.goto(n);
  await dossier.accept("A-INFO");
  await page.getByRole("button", { name: "Demander une information" }).click();
  await page.getByLabel("Message au revendeur").fill("Merci de confirmer le numéro de série");
  await page.getByRole("button", { name: "Envoyer", exact: true }).click();
  await dossier.expectStatus("INFSTT");
  await page.getByLabel("Réponse du revendeur").fill("Numéro de série confirmé : ABC123");
  await page.getByRole("button", { name: "Répondre à la demande d'information (INFREV)" }).click();
  await dossier.expectStatus("INFREV");
});

test("the simulator page creates a dossier the queue then shows", async ({ page }) => {
  await page.goto("/simulateur");
  await page.getByLabel("Type").selectOption("PAD");
  await page.getByRole("button", { name: "Créer un nouveau dossier (RMAD)" }).click();
  const toast = page.getByText(/Dossier [A-Z]{3}-\d{4}-\d{4} créé\./);
  await expect(toast).toBeVisible();
  const number = /([A-Z]{3}-\d{4}-\d{4})/.exec((await toast.textContent()) ?? "")![1]!;
  await page.goto(`/dossiers/${number}`);
  await new DossierPage(page).expectStatus("RMAD");
});
