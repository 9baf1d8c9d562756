// What a technician and an admin see when the platform reads the document differently from the simulator's
// strict profile: quarantined dossiers, unknown codes, a message before the accept, a treatment only in the
// comment, a status off the usual flow.
import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";
import { BASE_URL } from "./support/paths";
import { push } from "./support/push";
import { atStatus, control, details } from "./support/simulator";

test.describe.configure({ timeout: 60_000 });

test.afterEach(async () => {
  await control("/profile", { profile: "strict" });
});

test.describe("as an admin", () => {
  test.use({ role: "admin" });

  test("hostile platform: malformed dossiers are set aside with their field, counted in the sync panel, listed on 'Données à vérifier'", async ({ page }) => {
    await control("/profile", { profile: "hostile" });
    await page.goto("/dossiers");
    await page.getByRole("button", { name: "Actualiser" }).click();
    await expect(page.getByTestId("sync-quarantined")).toContainText(/dossiers? reçus? hors format/, { timeout: 20_000 });
    await page.getByRole("link", { name: "Voir les données à vérifier" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Données à vérifier" })).toBeVisible();
    const row = page.getByTestId("quarantine-row").filter({ hasText: "HST-RMAD-0001" });
    await expect(row).toContainText("serial_number");
    await row.getByText("Afficher le JSON reçu").click();
    await expect(row.locator("pre")).toContainText('"valeur":"??"');
    await expect(page.getByTestId("review-badge")).toBeVisible();
    // Back to a platform that sends them right: they leave on the next sync.
    await control("/profile", { profile: "strict" });
    expect((await page.request.post("/api/sync")).ok()).toBe(true);
    await page.reload();
    await expect(page.getByText("Aucun dossier mis de côté.")).toBeVisible();
  });

  test("a technician has no 'Données à vérifier' page", async ({ browser }) => {
    const context = await browser.newContext({ storageState: ".e2e/state/technician.json", baseURL: BASE_URL });
    const response = await context.request.get("/admin/donnees-a-verifier");
    expect(response.status()).toBe(403);
    await context.close();
  });
});

test("a pushed dossier of an unknown type and status is shown raw, and breaks no page", async ({ page, dossier }) => {
  const n = `PMS-${Date.now()}`;
  const body = JSON.stringify([{ type: "PMS", demand_number: n, current_status_code: "NOUVEAU", agreement_number: "AF77", brand: "Seb", ean: 3045380012345 }]);
  expect((await push(body)).status).toBe(200);
  await dossier.goto(n);
  await expect(dossier.currentStatus()).toContainText("Statut inconnu (NOUVEAU)");
  await expect(dossier.field("Produit", "Type de flux")).toHaveText(/PMS — type de flux non décrit/);
  await expect(dossier.field("Produit", "EAN")).toHaveText("3045380012345");
  // A non-REP flow with an agreement follows the PAD rules: statuses are open without an accept.
  await expect(page.getByRole("button", { name: "Changer le statut" })).toBeVisible();
  // The queue lists it with the others, its raw code on its badge.
  await page.goto("/dossiers");
  await page.getByRole("link", { name: /Statuts inconnus/ }).click();
  await expect(page.getByTestId("queue-row").filter({ hasText: n })).toContainText("Statut inconnu (NOUVEAU)");
});

test("lenient: a repair listed as \"rep\" with an agreement is a REP, and still waits for the accept", async ({ page, dossier }) => {
  await control("/profile", { profile: "lenient" });
  const { demand_number: n } = await control<{ demand_number: string }>("/dossiers", { type: "REP", agreementNumber: "AF88" });
  // As the platform lists it under this reading.
  expect((await atStatus("RMAD")).find((d) => d.demand_number === n)?.type).toBe("rep");
  expect((await page.request.post("/api/sync")).ok()).toBe(true);
  await dossier.goto(n);
  await expect(dossier.field("Produit", "Type de flux")).toHaveText("REP — Réparation");
  await dossier.expectStatus("RMAD");
  // REP rules: the accept or the refusal before anything else, "Produit reçu (D)" among what is not offered.
  await expect(page.getByRole("button", { name: "Accepter le dossier" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Changer le statut" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Produit reçu/ })).toHaveCount(0);
});

for (const profile of ["strict", "lenient"] as const) {
  test(`${profile}: a message at RMAD asks for a correction, then the accept still works`, async ({ page, dossier }) => {
    await control("/profile", { profile });
    const n = await newSyncedDossier(page.request, "REP");
    await dossier.goto(n);
    await page.getByRole("button", { name: "Demander une information" }).click();
    await page.getByLabel("Message au revendeur").fill("Merci de corriger le numéro de série");
    await page.getByRole("button", { name: "Envoyer", exact: true }).click();
    await expect(page.getByTestId("dossier-notices")).toContainText("Information demandée au revendeur le");
    await expect(page.getByTestId("dossier-notices")).toContainText("Dossier pas encore accepté");
    await dossier.expectStatus("RMAD");
    await dossier.accept("9999999915");
    await expect(page.getByTestId("dossier-notices")).toContainText("✓ Dossier accepté");
    expect((await details(n)).dossier.current_status_code).toBe("RMAOK");
  });
}

test("lenient: a refused quote whose DESTRUCT is only in the comment never offers RPR nor a return label", async ({ page, dossier }) => {
  await control("/profile", { profile: "lenient" });
  const n = await newSyncedDossier(page.request, "REP");
  await dossier.goto(n);
  await dossier.accept("A-DESTR");
  await dossier.changeStatus("D");
  await page.getByRole("button", { name: "Émettre un devis" }).click();
  await page.getByLabel("Numéro de devis").fill("DV-D1");
  await page.getByLabel("Prestation 1").fill("Écran");
  await page.getByLabel("Prix unitaire (€) 1").fill("199");
  await page.getByRole("button", { name: "Envoyer le devis" }).click();
  // The platform left the dossier at D: the quote is said sent, EDE is offered, the form says "new quote".
  await expect(page.getByTestId("dossier-notices")).toContainText("Devis DV-D1 envoyé le");
  await expect(page.getByRole("button", { name: "Émettre un nouveau devis" })).toBeVisible();
  await dossier.expectStatus("D");
  await page.getByRole("button", { name: "Refuser le devis, produit à détruire (RDE DESTRUCT)" }).click();
  await dossier.expectStatus("RDE");
  expect((await control<{ dossier: { quote_treatment: string | null } }>(`/dossiers/${n}`)).dossier.quote_treatment).toBe("DESTRUCT");
  await expect(page.getByTestId("dossier-notices")).toContainText("Destruction du produit");
  await page.getByRole("button", { name: "Changer le statut" }).click();
  await expect(page.getByLabel("Nouveau statut").locator("option", { hasText: /^RPR/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Étiquette de transport" }).click();
  await expect(page.getByLabel("Sens").locator("option")).toHaveText(["Client vers centre"]);
  await page.goto(`/dossiers/${encodeURIComponent(n)}/parcours`);
  await expect(page.getByRole("heading", { level: 2, name: /rapport de destruction/ })).toBeVisible();
});

test("a status off the usual flow (D straight to PRRE) asks for a confirmation, then goes", async ({ page, dossier }) => {
  const n = await newSyncedDossier(page.request, "PAD");
  await dossier.goto(n);
  await dossier.changeStatus("D");
  await page.getByRole("button", { name: "Changer le statut" }).click();
  await page.getByLabel("Nouveau statut").selectOption("PRRE");
  await page.getByRole("button", { name: "Envoyer", exact: true }).click();
  await expect(page.getByText("Cochez la confirmation pour envoyer un statut hors du parcours.")).toBeVisible();
  expect((await details(n)).dossier.current_status_code).toBe("D");
  await page.getByLabel(/Je confirme l'envoi de PRRE/).check();
  await page.getByRole("button", { name: "Envoyer", exact: true }).click();
  await dossier.expectStatus("PRRE");
});
