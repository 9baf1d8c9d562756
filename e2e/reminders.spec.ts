// A quote the reseller left without an answer for more than 7 days: listed on /devis and counted on
// « Aujourd'hui »; « Relancer » sends one message, and the quote leaves the list.
import Database from "better-sqlite3";
import { expect, test } from "./support/fixtures";
import { APP_DB } from "./support/paths";
import { control } from "./support/simulator";

test.use({ role: "manager" });

test("an unanswered quote is listed after 7 days, reminded once, then left alone", async ({ page }) => {
  const quoteNumber = `DV-E2E-${Date.now().toString(36).toUpperCase()}`;
  // A dossier waiting at EDE whose quote went ten days ago, as the quote builder would have recorded it.
  const db = new Database(APP_DB);
  let n = "";
  try {
    db.pragma("busy_timeout = 5000");
    n = (db.prepare("SELECT demand_number AS n FROM dossiers WHERE status_code = 'EDE' ORDER BY demand_number LIMIT 1").get() as { n: string }).n;
    db.prepare("INSERT INTO quotes (demand_number, quote_number, lines, total_cents, sent_at) VALUES (?, ?, '[]', 9990, ?)").run(n, quoteNumber, Date.now() - 10 * 86_400_000);
  } finally {
    db.close();
  }

  const messages = async () => (await control<Array<{ route: string }>>(`/applied?dossier=${n}`)).filter((a) => a.route === "demands/message").length;
  const before = await messages();
  await page.goto("/");
  await expect(page.getByTestId("today-count").filter({ hasText: "Devis sans réponse" })).toBeVisible();
  await page.goto("/devis");
  const row = page.getByTestId("quote-reminder").filter({ hasText: quoteNumber });
  await expect(row).toContainText(n);
  await expect(row).toContainText("valable jusqu'au");
  await row.getByRole("button", { name: `Relancer le revendeur pour ${n}` }).click();
  await expect(page.getByText("Relance envoyée au revendeur")).toBeVisible();
  await expect(page.getByTestId("quote-reminder").filter({ hasText: quoteNumber })).toHaveCount(0);
  expect(await messages()).toBe(before + 1);
});

test("the follow-up's delays: a bad value refused at its field, a good one kept", async ({ page }) => {
  await page.goto("/devis");
  const days = page.getByLabel("Proposer de relancer un devis sans réponse après (jours)");
  await expect(days).toHaveValue("7");
  await days.fill("0");
  await page.getByRole("button", { name: "Enregistrer les délais" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Un nombre de jours entre 1 et 90");
  await page.reload();
  await expect(days).toHaveValue("7");
  await page.getByLabel("Signaler un produit revenu dans les (jours) suivant son retour").fill("60");
  await page.getByRole("button", { name: "Enregistrer les délais" }).click();
  await expect(page.getByText("Délais du suivi enregistrés")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Signaler un produit revenu dans les (jours) suivant son retour")).toHaveValue("60");
  await expect(page.getByRole("heading", { name: "Devis sans réponse depuis plus de 7 jours" })).toBeVisible();
  // Back to the defaults, for the tests that follow.
  await page.getByLabel("Signaler un produit revenu dans les (jours) suivant son retour").fill("90");
  await page.getByRole("button", { name: "Enregistrer les délais" }).click();
  await expect(page.getByText("Délais du suivi enregistrés")).toBeVisible();
});
