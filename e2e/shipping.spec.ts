// A shipping day: five repaired products picked on /expeditions (scanned as a USB scanner types, or ticked),
// each with its tracking number and label; « Expédier » → the simulator receives each one's label then its
// RPR once, in that order; the one it refuses shows its reason while the other four go; the manifest lists
// the five parcels.
import Database from "better-sqlite3";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, test } from "./support/fixtures";
import { SIM_DB } from "./support/paths";
import { pdfFile } from "./support/files";
import { centreWrite, control, createDossier } from "./support/simulator";

test("a batch of five: labels then RPR once each, in order; one refused by the platform, four shipped", async ({ page }) => {
  test.setTimeout(90_000);
  // Five products repaired and replaced on the platform, as Atelier would have written it.
  const numbers: string[] = [];
  for (let i = 0; i < 5; i++) {
    const n = (await createDossier({ type: "REP" })).demand_number;
    await centreWrite("demands/accept", { demand_numero: n, agreement_numero: `ACC-${n}` });
    for (const status_code of ["D", "IEXP", "RPLPR"]) await centreWrite("demands/status", { demand_number: n, status_code });
    numbers.push(n);
  }
  const refused = numbers[2]!;
  await page.goto("/dossiers");
  await page.getByRole("button", { name: "Actualiser" }).click();
  await expect(page.getByRole("button", { name: "Actualiser" })).toBeEnabled({ timeout: 15_000 });
  // The platform forgets it accepted one of them: it will refuse that one's RPR (3.5).
  const sim = new Database(SIM_DB);
  try {
    sim.pragma("busy_timeout = 5000");
    sim.prepare("UPDATE dossiers SET accepted = 0 WHERE demand_number = ?").run(refused);
  } finally {
    sim.close();
  }

  await page.goto("/expeditions");
  const scan = page.getByLabel("Scanner un dossier");
  await expect(scan).toBeFocused();
  for (const [i, n] of numbers.entries()) {
    // The scanner types the dossier's number and Enter; the focus goes to its tracking number, then back.
    await page.keyboard.type(n);
    await page.keyboard.press("Enter");
    await expect(page.getByLabel(`Expédier ${n}`)).toBeChecked();
    await expect(page.getByLabel(`Numéro de suivi de ${n}`)).toBeFocused();
    await page.keyboard.type(`6A${String(i).padStart(6, "0")}`);
    await page.keyboard.press("Enter");
    await expect(scan).toBeFocused();
    await page.getByLabel(`Étiquette de ${n}`).setInputFiles(pdfFile(`etiquette-${n}.pdf`));
    await expect(page.getByTestId("shipping-row").filter({ hasText: n })).toContainText("Jointe");
  }
  await page.getByRole("button", { name: "Expédier 5 dossiers" }).click();
  await expect(page).toHaveURL(/lot=/);

  const items = page.getByTestId("batch-item");
  await expect(items).toHaveCount(5);
  for (const n of numbers) {
    const item = items.filter({ hasText: n });
    if (n === refused) await expect(item).toContainText("Refusé : La demande n'est pas encore validée", { timeout: 20_000 });
    else await expect(item).toContainText("Expédié", { timeout: 20_000 });
  }

  // What the platform received: each dossier's label, then its RPR, once.
  const requests = async (route: string) => control<Array<{ body: Record<string, unknown>; at: string }>>(`/requests?route=${route}&limit=200`);
  const [labels, statuses] = [await requests("demands/tracking"), await requests("demands/status")];
  for (const n of numbers) {
    const label = labels.filter((r) => r.body.demand_number === n);
    const rpr = statuses.filter((r) => r.body.demand_number === n && r.body.status_code === "RPR");
    expect([label.length, rpr.length], n).toEqual([1, 1]);
    expect(Date.parse(label[0]!.at)).toBeLessThanOrEqual(Date.parse(rpr[0]!.at));
  }

  const manifest = await page.request.get((await page.getByRole("link", { name: "Bordereau d'expédition (PDF)" }).getAttribute("href"))!);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await manifest.body())), { mergePages: true });
  expect(text).toContain("5 colis");
  for (const n of numbers) expect(text).toContain(n);
});

test("a line that cannot go says why on its line, and sends nothing", async ({ page }) => {
  await page.goto("/expeditions");
  const rows = page.getByTestId("shipping-row");
  await expect(rows.first()).toBeVisible();
  const [a, b] = [(await rows.nth(0).locator("td").nth(1).textContent())!, (await rows.nth(1).locator("td").nth(1).textContent())!];
  for (const n of [a, b]) {
    await page.getByLabel(`Expédier ${n}`).check();
    await page.getByLabel(`Numéro de suivi de ${n}`).fill("MEME-NUMERO");
  }
  await page.getByRole("button", { name: "Expédier 2 dossiers" }).click();
  for (const n of [a, b]) await expect(rows.filter({ hasText: n }).getByRole("alert")).toHaveText("⚠ Ce numéro de suivi est utilisé deux fois dans ce lot");
  await expect(page).not.toHaveURL(/lot=/);
  const statuses = await control<Array<{ body: Record<string, unknown> }>>("/requests?route=demands/status&limit=200");
  expect(statuses.filter((r) => (r.body.demand_number === a || r.body.demand_number === b) && r.body.status_code === "RPR")).toHaveLength(0);
});
