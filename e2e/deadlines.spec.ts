// Deadlines per reseller: a manager's rule for Carrefour changes the due time the queue and the dossier page
// show (computed here from the dossier's own history), a bad rule is refused at its field, and the home page
// counts what falls due.
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { queueCell } from "./pages/queue.page";
import { expect, test } from "./support/fixtures";
import { APP_DB } from "./support/paths";

test.use({ role: "manager" });

const due = new Intl.DateTimeFormat("fr-FR", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

/** A Carrefour dossier in its repair (reached D, not yet closed), and when it last reached D. */
function carrefourInRepair() {
  const db = new Database(APP_DB, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT d.demand_number AS n, (SELECT max(h.at) FROM status_history h WHERE h.demand_number = d.demand_number AND h.new_status = 'D') AS d_at
         FROM dossiers d WHERE d.reseller_code = 'CARREFOUR' AND d.status_code IN ('D', 'IEXP', 'REPPROG', 'CMDPART', 'PRRE')
         AND EXISTS (SELECT 1 FROM status_history h WHERE h.demand_number = d.demand_number AND h.new_status = 'D')
         ORDER BY d.demand_number LIMIT 1`,
      )
      .get() as { n: string; d_at: number };
  } finally {
    db.close();
  }
}

/** A rule's change is written to every dossier in the background: /admin/delais says so until it is done. */
async function recomputed(page: Page) {
  await expect(async () => {
    await page.goto("/admin/delais");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("recomputing")).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 20_000 });
}

test("a rule for one reseller changes the due time shown in the queue and on the dossier page", async ({ page }) => {
  // The demo's dated history is written after the first sync.
  await expect.poll(() => carrefourInRepair() ?? null, { timeout: 20_000 }).not.toBeNull();
  const { n, d_at } = carrefourInRepair();
  const expected = due.format(new Date(d_at + 3_600_000));
  await page.goto("/admin/delais");
  const form = page.getByRole("form", { name: "Nouvelle règle" });

  // Refused at its fields, and nothing added.
  await form.getByLabel("Revendeur").selectOption("CARREFOUR");
  await form.getByLabel("Statut de début").selectOption("RPR");
  await form.getByLabel("Statut de fin", { exact: true }).selectOption("D");
  await form.getByRole("button", { name: "Ajouter la règle" }).click();
  await expect(form.getByRole("alert")).toHaveText("⚠ Le statut de fin doit venir après le statut de début");
  await form.getByLabel("Statut de début").selectOption("D");
  await form.getByLabel("Statut de fin", { exact: true }).selectOption("RPR");
  await form.getByLabel("Délai").fill("-2");
  await form.getByRole("button", { name: "Ajouter la règle" }).click();
  await expect(form.getByRole("alert")).toHaveText("⚠ Un nombre entier entre 1 et 1000");
  await expect(page.getByRole("row").filter({ hasText: "CARREFOUR" })).toHaveCount(0);

  await form.getByLabel("Délai").fill("1");
  await form.getByLabel("Unité").selectOption("hours");
  await form.getByRole("button", { name: "Ajouter la règle" }).click();
  await expect(page.getByText("Règle ajoutée ; échéances et chiffres en cours de recalcul")).toBeVisible();
  const rule = page.getByRole("row").filter({ hasText: "CARREFOUR" });
  await expect(rule).toContainText("D → RPR");
  await recomputed(page);

  // The queue, Carrefour's dossiers by due time: this one is due an hour after it reached D, long past.
  await page.goto("/dossiers?reseller=CARREFOUR&sort=due");
  await expect(page.getByTestId("queue-row").filter({ hasText: n })).toBeVisible();
  await expect(await queueCell(page, n, "Échéance")).toHaveText(`${expected}(En retard)`);
  await page.getByLabel("Échéance").selectOption("late");
  await expect(page).toHaveURL(/due=late/);
  await expect(page.getByTestId("queue-row").filter({ hasText: n })).toBeVisible();
  await page.getByLabel("Échéance").selectOption("risk");
  await expect(page).toHaveURL(/due=risk/);
  await expect(page.getByTestId("queue-row").filter({ hasText: n })).toHaveCount(0);

  await page.goto(`/dossiers/${n}`);
  await expect(page.getByTestId("dossier-due")).toContainText(expected);
  await expect(page.getByTestId("dossier-due")).toContainText("En retard");
  await expect(page.getByTestId("dossier-due")).toContainText("règle D → RPR, 1 h");

  await page.goto("/");
  await expect(page.getByTestId("today-count").filter({ hasText: "À risque aujourd'hui" })).toBeVisible();

  // Deleted: the rule for all resellers (10 working days) is the one again.
  await page.goto("/admin/delais");
  await page.getByRole("row").filter({ hasText: "CARREFOUR" }).getByRole("button", { name: "Supprimer la règle D → RPR" }).click();
  await expect(page.getByText("Règle supprimée ; échéances et chiffres en cours de recalcul")).toBeVisible();
  await recomputed(page);
  await page.goto(`/dossiers/${n}`);
  await expect(page.getByTestId("dossier-due")).not.toContainText("règle D → RPR, 1 h");
});
