import { DossierPage } from "./pages/dossier.page";
import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";
import { BASE_URL, stateFile } from "./support/paths";
import { control } from "./support/simulator";

test.use({ role: "manager" });

/** A technician quotes a new dossier through its page; the reseller's answer comes from the simulator. */
async function quoteAnsweredBy(browser: import("@playwright/test").Browser, answer: { answer: "VDE" } | { answer: "RDE"; treatment: "RETURN" | "DESTRUCT" }, quoteNumber: string) {
  const context = await browser.newContext({ baseURL: BASE_URL, storageState: stateFile("technician") });
  const page = await context.newPage();
  const n = await newSyncedDossier(page.request, "REP");
  const dossier = new DossierPage(page);
  await dossier.goto(n);
  await dossier.accept(`ACC-${quoteNumber}`, "D");
  await page.getByRole("button", { name: "Émettre un devis" }).click();
  await page.getByLabel("Numéro de devis").fill(quoteNumber);
  await page.getByLabel("Prestation 1").fill("Remplacement carte mère");
  await page.getByLabel("Prix unitaire (€) 1").fill("158,45");
  await page.getByRole("button", { name: "Envoyer le devis" }).click();
  await dossier.expectStatus("EDE");
  await control(`/dossiers/${n}/quote-answer`, answer);
  expect((await page.request.post("/api/sync")).ok()).toBe(true);
  await context.close();
  return n;
}

test("quote answers: highlighted since the last visit, counted in the menu, with headline figures and filters", async ({ page, browser }) => {
  await page.goto("/devis"); // a first visit, so that only what follows is new
  const accepted = await quoteAnsweredBy(browser, { answer: "VDE" }, `DV-OK-${Date.now()}`);
  const destroyed = await quoteAnsweredBy(browser, { answer: "RDE", treatment: "DESTRUCT" }, `DV-KO-${Date.now()}`);

  await page.goto("/dossiers");
  await expect(page.getByTestId("quotes-badge")).toContainText("2");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: /^Devis/ }).click();
  const row = (n: string) => page.getByTestId("quote-row").filter({ hasText: n });
  await expect(row(accepted)).toContainText("★ Nouveau");
  await expect(row(accepted)).toContainText("Validé (VDE)");
  await expect(row(accepted)).toContainText("158,45");
  await expect(row(destroyed)).toContainText("Refusé, produit à détruire");
  await expect(page.getByRole("status").filter({ hasText: "2 réponses depuis votre dernière visite" })).toBeVisible();
  await expect(page.getByTestId("figure-Devis envoyés")).not.toHaveText("0");
  await expect(page.getByTestId("figure-Taux d'acceptation")).toHaveText(/\d+ %/);

  await page.getByLabel("Réponse", { exact: true }).selectOption("DESTRUCT");
  await expect(page).toHaveURL(/answer=DESTRUCT/);
  await expect(row(destroyed)).toBeVisible();
  await expect(row(accepted)).toHaveCount(0);

  await page.goto("/devis");
  await expect(row(accepted)).not.toContainText("★ Nouveau");
  await expect(page.getByTestId("quotes-badge")).toHaveCount(0);
});

test("aging: late dossiers by phase and by reseller, each a link", async ({ page }) => {
  await page.goto("/retards");
  await expect(page.getByRole("heading", { level: 1, name: "Dossiers en retard" })).toBeVisible();
  const phases = page.getByRole("region", { name: "Par phase" });
  await expect(phases.getByTestId("aging-group").first()).toBeVisible();
  await expect(page.getByTestId("late-dossier").first()).toContainText(/\d+ j/);
  await phases.getByRole("link", { name: "À traiter" }).click();
  await expect(page).toHaveURL(/\/dossiers\?phase=a-traiter&sort=stale/);
});

test("team activity: filtered by technician, exported as CSV with its accents", async ({ page, browser }) => {
  const technicianContext = await browser.newContext({ baseURL: BASE_URL, storageState: stateFile("technician") });
  const tech = await technicianContext.newPage();
  const n = await newSyncedDossier(tech.request, "PAD");
  const dossier = new DossierPage(tech);
  await dossier.goto(n);
  await dossier.changeStatus("D");
  await technicianContext.close();

  await page.goto("/activite");
  await page.getByLabel("Technicien").selectOption({ label: "Théo Technicien" });
  await expect(page).toHaveURL(/user=\d+/);
  const rows = page.getByTestId("activity-row");
  await expect(rows.filter({ hasText: n })).toContainText("Changement de statut");
  for (const who of await rows.locator("td:nth-child(2)").allTextContents()) expect(who).toBe("Théo Technicien");

  const href = await page.getByRole("link", { name: "Exporter en CSV" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = (await csv.body()).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("Date;Qui;Dossier;Action;Résultat;Détail");
  expect(text).toContain(`Théo Technicien;${n};Changement de statut;réussi`);
});

test.describe("as a technician", () => {
  test.use({ role: "technician" });
  test("manager views and the CSV export are refused", async ({ page }) => {
    for (const path of ["/devis", "/retards", "/activite"]) expect((await page.goto(path))?.status()).toBe(403);
    expect((await page.request.get("/api/activite")).status()).toBe(403);
  });
});
