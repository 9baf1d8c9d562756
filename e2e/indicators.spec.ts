// /indicateurs on the demo's history: last month's received and returned dossiers per reseller are the ones
// the database holds (counted here with plain SQL), each number lists its dossiers, and the CSV carries them.
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, test } from "./support/fixtures";
import { APP_DB } from "./support/paths";

test.use({ role: "manager" });

/** Midnight in Paris on the first of a month, as an instant (UTC+1 or UTC+2, whichever reads back as 00). */
function parisFirst(y: number, m: number) {
  const hour = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", hourCycle: "h23", timeZone: "Europe/Paris" });
  for (const offset of [1, 2]) {
    const at = new Date(Date.UTC(y, m - 1, 1) - offset * 3_600_000);
    if (hour.formatToParts(at).find((p) => p.type === "hour")?.value === "00") return at.getTime();
  }
  throw new Error("no Paris midnight");
}

function lastMonth() {
  const now = new Date();
  const parts = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", timeZone: "Europe/Paris" }).formatToParts(now);
  const y = Number(parts.find((p) => p.type === "year")!.value);
  const m = Number(parts.find((p) => p.type === "month")!.value);
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return { month: `${py}-${String(pm).padStart(2, "0")}`, start: parisFirst(py, pm), end: parisFirst(y, m) };
}

function counted(status: string, start: number, end: number) {
  const db = new Database(APP_DB, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT d.reseller_code AS reseller, count(DISTINCT h.demand_number) AS n FROM status_history h JOIN dossiers d ON d.demand_number = h.demand_number
         WHERE h.new_status = ? AND h.at >= ? AND h.at < ? GROUP BY d.reseller_code`,
      )
      .all(status, start, end) as Array<{ reseller: string; n: number }>;
    return new Map(rows.map((r) => [r.reseller, r.n]));
  } finally {
    db.close();
  }
}

test("last month's figures per reseller are the database's, link to their dossiers, and leave as CSV", async ({ page }) => {
  const { month, start, end } = lastMonth();
  await expect.poll(() => counted("D", start, end).size, { timeout: 20_000 }).toBeGreaterThan(0);
  const received = counted("D", start, end);
  const returned = counted("RPR", start, end);
  await page.goto(`/indicateurs?month=${month}`);
  await expect(page.getByRole("heading", { level: 1, name: "Indicateurs" })).toBeVisible();
  for (const [reseller, n] of received) {
    const row = page.getByTestId("indicator-row").filter({ has: page.getByRole("rowheader", { name: reseller, exact: true }) });
    await expect(row.getByTestId("figure-received")).toHaveText(String(n));
    await expect(row.getByTestId("figure-returned")).toHaveText(String(returned.get(reseller) ?? 0));
  }
  const total = [...received.values()].reduce((a, b) => a + b, 0);
  await expect(page.getByTestId("indicator-row").filter({ has: page.getByRole("rowheader", { name: "Total" }) }).getByTestId("figure-received")).toHaveText(String(total));

  // The CSV, with the same figures.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter en CSV" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  const [reseller, n] = [...received][0]!;
  expect(csv.split("\r\n").find((l) => l.startsWith(`${month};${reseller};`))!.split(";")[2]).toBe(String(n));

  // One reseller's scorecard, as a PDF reader sees it, holds the same figures.
  await page.getByLabel("Revendeur").selectOption(reseller);
  await expect(page).toHaveURL(new RegExp(`reseller=${reseller}`));
  const scorecard = await page.request.get(await page.getByRole("link", { name: "Bilan du mois (PDF)" }).getAttribute("href") ?? "");
  expect(scorecard.headers()["content-type"]).toBe("application/pdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await scorecard.body())), { mergePages: true });
  expect(text).toContain(`Bilan ${reseller} — ${month}`);
  expect(text).toMatch(new RegExp(`Reçus \\(D\\)\\s*${n}\\b`));
  expect(text).toMatch(new RegExp(`Retournés \\(RPR\\)\\s*${returned.get(reseller) ?? 0}\\b`));
  await page.goto(`/indicateurs?month=${month}`);

  // A number opens the list of what it counts.
  await page.getByTestId("indicator-row").filter({ has: page.getByRole("rowheader", { name: reseller, exact: true }) }).getByTestId("figure-received").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Reçus — ${reseller} — ${month}`);
  await expect(page.getByRole("list", { name: "Reçus" }).getByRole("link")).toHaveCount(n);
});
