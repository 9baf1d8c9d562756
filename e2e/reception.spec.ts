// The goods-in desk: typed scans (a USB scanner types, then presses Enter), one button a dossier, the accept
// first where the document requires it, "Réception automatique" for a pile of parcels, and clear errors.
import bwipjs from "bwip-js/node";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";
import Database from "better-sqlite3";
import { APP_DB } from "./support/paths";
import { control, createDossier, details, documentsOf } from "./support/simulator";

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

  // « Ranger »: the shelf's code, and the product received is on it.
  const line = page.getByTestId("reception-line").filter({ hasText: n });
  await line.getByLabel(`Emplacement de ${n}`).fill("b-01");
  await line.getByRole("button", { name: "Ranger" }).click();
  await expect(line.getByTestId("reception-put-away")).toHaveText(`✓ ${n} rangé en B-01`);
});

/** Width and height of a JPEG, from its start-of-frame marker. */
function jpegSize(bytes: Buffer) {
  for (let i = 2; i < bytes.length - 9; ) {
    const marker = bytes[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xc3) return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    i += 2 + bytes.readUInt16BE(i + 2);
  }
  return null;
}

test("intake photos are made smaller on the device, show their progress, survive a dropped upload by « Réessayer », and reach the platform as pictures; the accessories are printed on the ticket", async ({ page }) => {
  const n = await newSyncedDossier(page.request, "PAD");
  await page.goto("/reception");
  await page.keyboard.type(n);
  await page.keyboard.press("Enter");
  const line = page.getByTestId("reception-line").filter({ hasText: n }).first();

  // A 2,600 px wide photo (a barcode drawn large), on a connection that drops the first upload.
  const big = await bwipjs.toBuffer({ bcid: "code128", text: n, scaleX: 14, scaleY: 4, height: 60 });
  let dropped = 0;
  await page.route("**/api/uploads", (route) => (dropped++ === 0 ? route.abort("connectionreset") : route.continue()));
  await line.getByLabel("Choisir des photos").setInputFiles({ name: "face-avant.png", mimeType: "image/png", buffer: big });
  await expect(line.getByRole("alert").filter({ hasText: "face-avant" })).toContainText("échec (La connexion a été perdue");
  expect(await documentsOf(n)).toEqual([]);
  await line.getByRole("button", { name: "Réessayer face-avant.png" }).click();
  await expect(line.getByText("face-avant.png : envoyée")).toBeVisible();
  await expect(line.getByText("1 photo envoyée")).toBeVisible();
  const docs = await documentsOf(n);
  expect(docs).toHaveLength(1);
  const size = jpegSize(docs[0]!.content);
  expect(size && Math.max(size.width, size.height)).toBe(2000);

  await line.getByLabel(`Accessoires reçus avec ${n}`).fill("Chargeur, housse bleue");
  await line.getByRole("button", { name: "Enregistrer les accessoires" }).click();
  await expect(line.getByText("Accessoires enregistrés")).toBeVisible();
  const ticket = await page.request.get(`/dossiers/${n}/fiche.pdf`);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await ticket.body())), { mergePages: true });
  expect(text).toContain("Chargeur, housse bleue");
  // Too long: a field error, nothing saved.
  await line.getByLabel(`Accessoires reçus avec ${n}`).fill("x".repeat(501));
  await line.getByRole("button", { name: "Enregistrer les accessoires" }).click();
  await expect(line.getByRole("alert").filter({ hasText: "500 caractères au plus." })).toBeVisible();
  await page.reload();
  await page.keyboard.type(n);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("reception-line").first().getByLabel(`Accessoires reçus avec ${n}`)).toHaveValue("Chargeur, housse bleue");
});

test("a product back within 90 days of its return says so at reception and on its dossier, with its history", async ({ page, dossier }) => {
  const serial = `RET${Date.now().toString(36).toUpperCase()}`;
  const first = await createDossier({ type: "PAD", serialNumber: serial });
  expect((await page.request.post("/api/sync")).ok()).toBe(true);
  // The first dossier went back to its client ten days ago, repaired: its history as the sync would have kept it.
  const db = new Database(APP_DB);
  try {
    db.pragma("busy_timeout = 5000");
    const tenDaysAgo = Date.now() - 10 * 86_400_000;
    const add = db.prepare("INSERT INTO status_history (demand_number, old_status, new_status, at, source) VALUES (?, ?, ?, ?, 'sync')");
    add.run(first.demand_number, "D", "PRRE", tenDaysAgo - 86_400_000);
    add.run(first.demand_number, "PRRE", "RPR", tenDaysAgo);
  } finally {
    db.close();
  }
  const second = await createDossier({ type: "PAD", serialNumber: serial });
  expect((await page.request.post("/api/sync")).ok()).toBe(true);

  await page.goto("/reception");
  await page.keyboard.type(second.demand_number);
  await page.keyboard.press("Enter");
  const line = page.getByTestId("reception-line").filter({ hasText: second.demand_number });
  await expect(line.getByTestId("repeat-warning")).toContainText(`Retour sous 90 jours : ${first.demand_number} réparé le`);

  await dossier.goto(second.demand_number);
  await expect(page.getByTestId("repeat-warning")).toContainText(first.demand_number);
  await expect(page.getByTestId("product-history")).toContainText(first.demand_number);
  await expect(page.getByTestId("product-history")).toContainText("même n° de série");
});
