// The goods-in desk: typed scans (a USB scanner types, then presses Enter), one button a dossier, the accept
// first where the document requires it, "Réception automatique" for a pile of parcels, and clear errors.
import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";
import { control, details } from "./support/simulator";

test.describe.configure({ timeout: 60_000 });

const appliedRoutes = async (n: string) => (await control<Array<{ route: string; detail: string }>>(`/applied?dossier=${n}`)).map((a) => a.route);

test("five parcels received by typed scans: D in order for each, the accept first where it is needed", async ({ page }) => {
  const reps = [await newSyncedDossier(page.request, "REP"), await newSyncedDossier(page.request, "REP")];
  const pads = [await newSyncedDossier(page.request, "PAD"), await newSyncedDossier(page.request, "PAD"), await newSyncedDossier(page.request, "PAD")];
  await page.goto("/reception");
  const scan = page.getByLabel("Code scanné ou tapé", { exact: true });
  await expect(scan).toBeFocused();
  for (const n of [...reps, ...pads]) {
    await page.keyboard.type(n);
    await page.keyboard.press("Enter");
    const line = page.getByTestId("reception-line").filter({ hasText: n }).first();
    if (reps.includes(n)) {
      await line.getByLabel(`Numéro d'accord pour ${n}`).fill(`ACC-${n}`);
      await line.getByRole("button", { name: "Accepter puis réceptionner" }).click();
    } else {
      await line.getByRole("button", { name: "Produit reçu (D)" }).click();
    }
    await expect(line.getByTestId("reception-result")).toContainText("Reçu");
    await expect(scan).toBeFocused();
  }
  for (const n of reps) expect(await appliedRoutes(n)).toEqual(["demands/accept", "demands/status"]);
  for (const n of pads) expect(await appliedRoutes(n)).toEqual(["demands/status"]);
  for (const n of [...reps, ...pads]) expect((await details(n)).dossier.current_status_code).toBe("D");

  // Scanned again: already there, nothing sent.
  await page.keyboard.type(pads[0]!);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("reception-line").first().getByTestId("reception-result")).toContainText("Déjà réceptionné");
  expect(await appliedRoutes(pads[0]!)).toEqual(["demands/status"]);
});

test("a wrong scan says so and sends nothing; « Réception automatique » receives without a click", async ({ page }) => {
  await page.goto("/reception");
  await expect(page.getByLabel("Code scanné ou tapé", { exact: true })).toBeFocused();
  const before = (await control<unknown[]>("/applied")).length;
  await page.keyboard.type("INCONNU-0000");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("reception-result").first()).toContainText("Aucun dossier pour « INCONNU-0000 »");
  expect((await control<unknown[]>("/applied")).length).toBe(before);

  const n = await newSyncedDossier(page.request, "PAD");
  await page.getByLabel(/Réception automatique/).check();
  await page.getByLabel("Code scanné ou tapé", { exact: true }).fill(n);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("reception-line").filter({ hasText: n }).getByTestId("reception-result")).toContainText("Reçu");
  expect((await details(n)).dossier.current_status_code).toBe("D");
});
