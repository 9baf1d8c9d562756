// Where every product is: a product put away by scans typed as a USB scanner types them, found again by its
// shelf's code in the search and in the queue, its move on the dossier page; a shelf's inventory; and the
// places' labels, which a scanner reads back (zbarimg).
import Database from "better-sqlite3";
import { queueCell } from "./pages/queue.page";
import { barcodesOf } from "./support/barcodes";
import { expect, test } from "./support/fixtures";
import { APP_DB } from "./support/paths";

/** A dossier in the workshop, on no shelf or on another than `not`. */
function workshopDossier(not: string, skip = 0) {
  const db = new Database(APP_DB, { readonly: true });
  try {
    return (db
      .prepare(
        `SELECT d.demand_number AS n FROM dossiers d LEFT JOIN locations l ON l.id = d.location_id
         WHERE d.status_code IN ('D', 'IEXP', 'REPPROG') AND (l.code IS NULL OR l.code <> ?) ORDER BY d.demand_number LIMIT 1 OFFSET ?`,
      )
      .get(not, skip) as { n: string } | undefined)?.n;
  } finally {
    db.close();
  }
}

test("a product put away by scans is found by its shelf", async ({ page }) => {
  await expect.poll(() => workshopDossier("A-04") ?? null, { timeout: 20_000 }).not.toBeNull();
  const n = workshopDossier("A-04")!;
  await page.goto("/emplacements");
  const field = page.getByLabel("Code scanné");
  await expect(field).toBeFocused();
  await page.keyboard.type("a-04");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("put-away-location")).toContainText("Emplacement choisi : A-04");
  await page.keyboard.type(n);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("put-away-line").first()).toHaveText(`✓ ${n} rangé en A-04`);
  await expect(field).toBeFocused();
  await page.keyboard.type("INCONNU-999");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("put-away-line").first()).toHaveText("⚠ « INCONNU-999 » n'est ni un emplacement ni un dossier connu");

  // The shelf's code in the search opens the queue of what is on it.
  await page.goto("/recherche?q=A-04");
  await expect(page).toHaveURL(/\/dossiers\?location=A-04/);
  await expect(page.getByTestId("queue-row").filter({ hasText: n })).toBeVisible();
  await expect(await queueCell(page, n, "Emplacement")).toHaveText("A-04");

  await page.goto(`/dossiers/${n}`);
  await expect(page.getByTestId("dossier-location")).toContainText("A-04 — Étagère A, niveau 4");
  await page.getByTestId("dossier-location").getByText(/Mouvements/).click();
  await expect(page.getByTestId("location-moves").locator("li").first()).toContainText("→ A-04");
});

test("a shelf's inventory lists what is missing and what is extra, one correction a line", async ({ page }) => {
  const extra = workshopDossier("B-02", 3)!;
  await page.goto("/emplacements");
  // Hydrated first: the put-away field takes the focus when it mounts, and a code typed into the inventory
  // just before went into the put-away field instead (the test then waited for the next step in vain). The
  // live stream says « ready » only after the page's effects ran.
  await expect(page.locator("html")).toHaveAttribute("data-live", "ready");
  const field = page.getByLabel("Emplacement à inventorier");
  await field.fill("B-02");
  await field.press("Enter");
  await page.getByLabel("Produit scanné").fill(extra);
  await page.getByLabel("Produit scanné").press("Enter");
  await expect(page.getByTestId("inventory-status")).toHaveText("B-02 · 1 produit scanné");
  await page.getByRole("button", { name: "Terminer l'inventaire" }).click();
  const result = page.getByTestId("inventory-result");
  await expect(result.getByTestId("inventory-extra")).toContainText(extra);
  await result.getByRole("button", { name: `Ranger ${extra} en B-02` }).click();
  await expect(result.getByTestId("inventory-extra")).toContainText("Corrigé");
  await page.goto(`/dossiers/${extra}`);
  await expect(page.getByTestId("dossier-location")).toContainText("B-02");
});

test.describe("labels", () => {
  test.use({ role: "manager" });

  test("each place's label is a Code 128 a scanner reads back", async ({ page }) => {
    await page.goto("/admin/emplacements");
    await expect(page.getByTestId("location-row").first()).toBeVisible();
    const pdf = await page.request.get("/admin/emplacements/etiquettes.pdf?size=small");
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(barcodesOf(await pdf.body(), 1, 3)).toEqual([["CODE-128:A-01"], ["CODE-128:A-02"], ["CODE-128:A-03"]]);
  });
});
