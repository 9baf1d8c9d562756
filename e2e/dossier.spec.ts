import { DossierPage } from "./pages/dossier.page";
import { createAccount, signedInContext } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { BASE_URL, stateFile } from "./support/paths";
import { callAction } from "./support/server-actions";
import { atStatus, createDossier, details } from "./support/simulator";

test("the dossier page shows every field of 3.9, grouped", async ({ dossier }) => {
  const [wire] = (await atStatus("RPR")).filter((d) => d.tracking_number);
  await dossier.goto(wire!.demand_number);
  await dossier.expectStatus("RPR");
  await expect(dossier.field("Produit", "Numéro de série")).toHaveText(wire!.serial_number!);
  await expect(dossier.field("Produit", "EAN")).toHaveText(wire!.ean!);
  await expect(dossier.field("Produit", "Marque")).toHaveText(wire!.brand!);
  await expect(dossier.field("Client", "Nom")).toHaveText(wire!.client_name!);
  await expect(dossier.field("Revendeur et site", "Site")).toHaveText(wire!.site_name!);
  await expect(dossier.field("Accord", "Numéro d'accord")).toHaveText(wire!.agreement_number!);
  await expect(dossier.field("Transport", "Numéro de suivi")).toHaveText(wire!.tracking_number!);
  await expect(dossier.field("Transport", "Transporteur")).toHaveText(wire!.carrier_name!);
});

test("documents come from the platform, with inline previews and downloads", async ({ page, dossier }) => {
  // The demo seed is deterministic: a PAD dossier (with its agreement) and a nameplate photo is always there.
  let target: string | undefined;
  for (const status of ["D", "IEXP", "RMAD", "AVRC", "RPLPR", "AVRF", "RPR"]) {
    for (const pad of (await atStatus(status)).filter((d) => d.type === "PAD")) {
      const info = await details(pad.demand_number);
      if (info.documents.some((d) => d.type === "NAMEPLATE_PICTURE")) target = pad.demand_number;
      if (target) break;
    }
    if (target) break;
  }
  expect(target, "a PAD dossier with a nameplate photo in the demo seed").toBeTruthy();
  await dossier.goto(target!);
  const agreement = dossier.documents().filter({ hasText: "Accord" });
  await expect(agreement).toBeVisible();
  await agreement.getByRole("button", { name: /Aperçu/ }).click();
  await expect(agreement.locator("iframe")).toBeVisible();
  const href = await agreement.getByRole("link", { name: /Télécharger/ }).getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");

  const photo = dossier.documents().filter({ hasText: "Photo de la plaque signalétique" });
  await photo.getByRole("button", { name: /Aperçu/ }).click();
  const image = photo.getByRole("img");
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(32);
});

test("text from the platform is shown as text, never run as HTML", async ({ page, queue, dossier }) => {
  const hostile = `<b>gras</b><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
  const created = await createDossier({ problemDescription: hostile, clientName: "<i>Client</i> & fils" });
  await queue.goto();
  await queue.refresh();
  await dossier.goto(created.demand_number);
  await expect(dossier.field("Produit", "Description du problème")).toHaveText(hostile);
  await expect(dossier.field("Client", "Nom")).toHaveText("<i>Client</i> & fils");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test.describe("notes", () => {
  test("an author adds and edits a note; another technician cannot touch it; a manager can delete it", async ({ page, browser, dossier }) => {
    const [target] = await atStatus("IEXP");
    await dossier.goto(target!.demand_number);
    await dossier.addNote("");
    await expect(page.getByText("La note est vide")).toBeVisible();
    const text = `Rayure sur le capot ${Date.now()}`;
    await dossier.addNote(text);
    const note = dossier.note(text);
    await expect(note).toContainText("Théo Technicien");
    await note.getByRole("button", { name: "Modifier" }).click();
    await note.getByLabel("Texte de la note").fill(`${text} (profonde)`);
    await note.getByRole("button", { name: "Enregistrer" }).click();
    await expect(dossier.note(`${text} (profonde)`)).toContainText("modifiée");

    // Another technician sees the note, without the buttons, and the server refuses a direct call too.
    const account = await createAccount("technician");
    const { context: theirs, page: theirPage } = await signedInContext(browser, account);
    const their = new DossierPage(theirPage);
    await their.goto(target!.demand_number);
    await expect(their.note(text)).toBeVisible();
    await expect(their.note(text).getByRole("button", { name: "Modifier" })).toHaveCount(0);
    const reply = await callAction(theirPage.request, `/dossiers/${target!.demand_number}`, "deleteNoteAction", [{ noteId: await firstNoteId(page) }]);
    expect(reply.body).toContain('"code":"forbidden"');
    await theirs.close();

    const managerContext = await browser.newContext({ baseURL: BASE_URL, storageState: stateFile("manager") });
    const managerPage = await managerContext.newPage();
    const managerView = new DossierPage(managerPage);
    await managerView.goto(target!.demand_number);
    managerPage.once("dialog", (dialog) => void dialog.accept());
    await managerView.note(text).getByRole("button", { name: "Supprimer" }).click();
    await expect(managerView.note(text)).toHaveCount(0);
    await managerContext.close();
  });
});

/** The id the note's edit field is named after (note-<id>), read by opening the editor. */
async function firstNoteId(page: import("@playwright/test").Page): Promise<number> {
  const note = page.getByTestId("timeline-note").first();
  await note.getByRole("button", { name: "Modifier" }).click();
  const id = await note.getByLabel("Texte de la note").getAttribute("id");
  await note.getByRole("button", { name: "Annuler" }).click();
  return Number(id?.replace("note-", ""));
}
