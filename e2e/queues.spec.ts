import { DossierPage } from "./pages/dossier.page";
import { expect, test } from "./support/fixtures";
import { atStatus } from "./support/simulator";

test("phases show their counts, and a phase lists exactly its dossiers", async ({ page, queue }) => {
  await queue.goto();
  const platformRmad = (await atStatus("RMAD")).length;
  expect(await queue.phaseCount("À traiter")).toBe(platformRmad);
  await queue.phaseTab("À traiter").click();
  await expect(page).toHaveURL(/phase=a-traiter/);
  await expect(queue.phaseTab("À traiter")).toHaveAttribute("aria-current", "page");
  expect(await queue.totalShown()).toBe(platformRmad);
  const badges = await queue.rows().locator("td:nth-child(3)").allTextContents();
  expect(badges.length).toBeGreaterThan(0);
  for (const badge of badges) expect(badge).toContain("RMAD");
});

test("filters and sort live in the URL: a link shows the same list", async ({ page, browser, queue }) => {
  await queue.goto();
  await page.getByLabel("Type").selectOption("PAD");
  await expect(page).toHaveURL(/type=PAD/);
  await page.getByLabel("Tri", { exact: true }).selectOption({ label: "Plus récents d'abord" });
  await expect(page).toHaveURL(/type=PAD.*sort=newest|sort=newest.*type=PAD/);
  const types = await queue.rows().locator("td:nth-child(2)").allTextContents();
  expect(new Set(types)).toEqual(new Set(["PAD"]));
  const firstRows = await queue.rows().getByRole("link").allTextContents();

  const other = await browser.newPage({ storageState: ".e2e/state/manager.json" });
  await other.goto(page.url());
  await expect(other.getByLabel("Type")).toHaveValue("PAD");
  // A manager's rows have a checkbox first (bulk assignment): the links are the same.
  expect(await other.getByTestId("queue-row").getByRole("link").allTextContents()).toEqual(firstRows);
  await other.close();
});

test("a barcode scan of a serial number and Enter lands on the dossier", async ({ page, queue }) => {
  const [target] = await atStatus("D");
  await queue.goto();
  await queue.scan(target!.serial_number!.toLowerCase());
  await new DossierPage(page).expectOpen(target!.demand_number);
});

test("a search that is not exact lists its results, and odd input never breaks it", async ({ page, queue }) => {
  await queue.goto();
  await queue.scan("helene");
  await expect(page).toHaveURL(/\/recherche\?q=helene/);
  const hits = page.getByTestId("search-hit");
  await expect(hits.first()).toBeVisible();
  for (const text of await hits.allTextContents()) expect(text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()).toContain("helene");
  for (const odd of ['"', "*(", "é-", "ACH-"]) {
    const response = await page.goto(`/recherche?q=${encodeURIComponent(odd)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Recherche" })).toBeVisible();
  }
});
