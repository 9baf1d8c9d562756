// An admin answers a person's request (RGPD) in /admin/donnees-personnelles: finds them by name or e-mail,
// exports what Atelier holds (JSON, CSV), erases it; sets the retention period on /admin, which also shows
// the backups' state.
import { expect, test } from "./support/fixtures";
import { createDossier } from "./support/simulator";

test.use({ role: "admin" });

test("a client is found, exported and erased; the platform's copy is named plainly", async ({ page, dossier }) => {
  const client = "Margaux Testrgpd";
  const created = await createDossier({ type: "PAD", clientName: client });
  expect((await page.request.post("/api/sync")).ok()).toBe(true);
  await page.goto("/admin/donnees-personnelles");
  const main = page.getByRole("main");
  await page.getByLabel("E-mail, téléphone ou nom du client").fill("te");
  await main.getByRole("button", { name: "Rechercher" }).click();
  await expect(main.getByRole("alert")).toContainText("Au moins 3 caractères");
  await page.getByLabel("E-mail, téléphone ou nom du client").fill("testrgpd");
  await main.getByRole("button", { name: "Rechercher" }).click();
  const rows = page.getByTestId("person-dossier");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(created.demand_number);
  await expect(rows).toContainText(client);
  await expect(page.getByRole("note")).toContainText("RMA Manager garde sa propre copie");

  const json = await page.request.get(`/api/donnees-personnelles?q=testrgpd&format=json`);
  expect(json.headers()["content-disposition"]).toContain("attachment");
  const exported = (await json.json()) as { dossiers: Array<{ demandNumber: string; clientName: string; clientMail: string | null }>; platformNotice: string };
  expect(exported.dossiers).toMatchObject([{ demandNumber: created.demand_number, clientName: client, clientMail: created.client_mail }]);
  const csv = await page.request.get(`/api/donnees-personnelles?q=testrgpd&format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(client);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Effacer ces données" }).click();
  await expect(page.getByText("1 dossier(s) pseudonymisé(s).")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Aucune donnée trouvée pour cette personne." })).toBeVisible();
  // The dossier is still there, under its pseudonym, and the next sync does not bring the name back.
  expect((await page.request.post("/api/sync")).ok()).toBe(true);
  await dossier.goto(created.demand_number);
  await expect(page.getByText(client)).toHaveCount(0);
  await expect(page.getByText(/Client [0-9A-F]{8}/).first()).toBeVisible();
});

test("the retention period is set on /admin, a bad value refused in French, and the backups' state shown", async ({ page }) => {
  await page.goto("/admin");
  await expect(page.getByTestId("backups")).toContainText("Aucune sauvegarde programmée");
  const months = page.getByLabel("Mois de conservation après la clôture d'un dossier");
  await expect(months).toHaveValue("36");
  await months.fill("douze");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Un nombre de mois entre 1 et 120");
  await months.fill("24");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Durée de conservation enregistrée.")).toBeVisible();
  await page.reload();
  await expect(months).toHaveValue("24");
  await months.fill("36");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Durée de conservation enregistrée.")).toBeVisible();
});
