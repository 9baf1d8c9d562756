import { expect, test } from "./support/fixtures";
import { dropFiles, PDF, PNG } from "./support/files";
import { newSyncedDossier } from "./support/mirror";
import { control, details } from "./support/simulator";

test("several files dropped at once are uploaded with a type each, and listed", async ({ page, dossier }) => {
  const n = await newSyncedDossier(page.request, "PAD");
  await dossier.goto(n);
  await page.getByRole("button", { name: "Ajouter des documents" }).click();
  await dropFiles(page, "[data-testid=documents-files-drop]", [
    { name: "rapport-expertise.pdf", type: "application/pdf", base64: PDF.toString("base64") },
    { name: "photo-face.png", type: "image/png", base64: PNG.toString("base64") },
    { name: "notes.txt", type: "text/plain", base64: Buffer.from("Rayure sur le capot").toString("base64") },
  ]);
  const items = page.getByTestId("upload-item");
  await expect(items).toHaveCount(3);
  await expect(page.getByLabel("Type du document photo-face.png")).toHaveValue("PICTURE");
  await page.getByLabel("Type du document notes.txt").selectOption("OTHER");
  await page.getByRole("button", { name: "Envoyer les fichiers" }).click();
  for (let i = 0; i < 3; i++) await expect(items.nth(i)).toContainText("Envoyé");
  await expect(dossier.documents().filter({ hasText: "rapport-expertise.pdf" })).toContainText("Rapport");
  await expect(dossier.documents().filter({ hasText: "notes.txt" })).toBeVisible();
  const sim = await details(n);
  expect(sim.documents.map((d) => [d.type, d.file_name])).toEqual(expect.arrayContaining([["REPORT", "rapport-expertise.pdf"], ["OTHER", "photo-face.png"], ["OTHER", "notes.txt"]]));
});

test("a too-large file and a file whose content is not what its name says are refused with a clear message", async ({ page, dossier }) => {
  const n = await newSyncedDossier(page.request, "REP");
  await dossier.goto(n);
  await page.getByRole("button", { name: "Ajouter des documents" }).click();
  await page.locator("#documents-files").setInputFiles([
    { name: "enorme.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) },
    { name: "photo.png", mimeType: "image/png", buffer: Buffer.from("MZ\x90\x00 not an image at all") },
  ]);
  const big = page.getByTestId("upload-item").filter({ hasText: "enorme.pdf" });
  await expect(big).toContainText("fichier trop volumineux (10 Mo au plus)");
  await page.getByRole("button", { name: "Envoyer les fichiers" }).click();
  const fake = page.getByTestId("upload-item").filter({ hasText: "photo.png" });
  await expect(fake).toContainText("Type de fichier refusé");
  await expect(fake.getByRole("button", { name: "Réessayer photo.png" })).toBeVisible();
  expect((await details(n)).documents).toHaveLength(0);
});

test("the quote builder: live totals in cents, French errors, reordering, and the exact wire body", async ({ page, dossier }) => {
  const n = await newSyncedDossier(page.request, "REP");
  // Bring the dossier to IEXP through its actions.
  await dossier.goto(n);
  await dossier.accept("A-DEVIS", "D");
  await dossier.changeStatus("IEXP");

  await dossier.openQuote();
  await page.getByLabel("Numéro de devis").fill("DV-2026-001");
  await dossier.quoteLine(1, { label: "Écran OLED", price: "79,90" });
  await page.getByRole("button", { name: "Ajouter une ligne" }).click();
  await dossier.quoteLine(2, { label: "Main d'œuvre", quantity: "2", price: "45.5" });
  await expect(dossier.quoteTotal()).toHaveText(/170,90\s€/);
  await page.getByRole("button", { name: "Ajouter une ligne" }).click();
  await dossier.quoteLine(3, { quantity: "0", price: "abc" });
  await page.getByRole("button", { name: "Envoyer le devis" }).click();
  await expect(page.getByText("Libellé requis")).toBeVisible();
  await expect(page.getByText("Quantité entière positive attendue")).toBeVisible();
  await expect(page.getByText("Prix illisible (ex. 79,90)")).toBeVisible();
  await page.getByRole("button", { name: "Supprimer la ligne 3" }).click();
  await page.getByRole("button", { name: "Monter la ligne 2" }).click();
  await expect(page.getByLabel("Prestation 1")).toHaveValue("Main d'œuvre");
  await expect(dossier.quoteTotal()).toHaveText(/170,90\s€/);
  // The draft survives a reload on this device.
  await page.reload();
  await dossier.openQuote();
  await expect(page.getByLabel("Numéro de devis")).toHaveValue("DV-2026-001");
  await expect(page.getByText("Brouillon enregistré sur ce poste")).toBeVisible();
  await page.getByLabel("Commentaire du devis").fill("Valable 30 jours");
  await page.getByRole("button", { name: "Envoyer le devis" }).click();
  await dossier.expectStatus("EDE");

  const [received] = await control<Array<{ body: unknown }>>("/requests?route=demands/quotation&limit=1");
  expect(received!.body).toEqual({
    demand_number: n,
    quote_number: "DV-2026-001",
    // Atelier wrote the quote's PDF (the simulator's request log shortens long strings).
    quote_file: expect.stringMatching(/^\[\d+ caractères\]$/),
    prestation: [
      { label_prestation: "Main d'œuvre", quantity: "2", price: "45,50" },
      { label_prestation: "Écran OLED", quantity: "1", price: "79,90" },
    ],
    quote_comment: "Valable 30 jours",
  });
});

test("a double click on an action sends it once", async ({ page, dossier }) => {
  const n = await newSyncedDossier(page.request, "PAD");
  await dossier.goto(n);
  await dossier.chooseStatus("D");
  await dossier.sendButton().dblclick();
  await dossier.expectStatus("D");
  const sent = (await control<Array<{ body: { demand_number: string } }>>("/requests?route=demands/status&limit=100")).filter((r) => r.body.demand_number === n);
  expect(sent).toHaveLength(1);
});

test("a message whose outcome is unknown is never sent again by itself: a person checks, then sends it again", async ({ page, dossier }) => {
  await control("/profile", { profile: "lenient" });
  const n = await newSyncedDossier(page.request, "PAD");
  await dossier.goto(n);
  await control("/faults", { errorRate: 1 });
  try {
    await dossier.writeMessage("Merci de confirmer le numéro de série");
    await dossier.sendButton().click();
    await expect(page.getByText("Atelier vérifie sur RMA Manager avant tout renvoi").first()).toBeVisible();
  } finally {
    await control("/faults", { errorRate: 0 });
  }
  // The worker checks: a message leaves no trace on this platform, so it waits for a person.
  const command = dossier.pendingCommands();
  await expect(async () => {
    await page.reload();
    await expect(command).toHaveAttribute("data-state", "review", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(command).toContainText("À vérifier sur RMA Manager");
  await expect(command).toContainText(/Vérifiez sur RMA Manager si « Demande d'information » \(premier envoi le .+\) y figure/);
  expect((await control<Array<unknown>>(`/applied?dossier=${n}`)).length).toBe(0);
  page.once("dialog", (dialog) => void dialog.accept());
  await command.getByRole("button", { name: "Renvoyer" }).click();
  await expect(dossier.pendingCommands()).toHaveCount(0, { timeout: 15_000 });
  expect((await control<Array<{ route: string }>>(`/applied?dossier=${n}`)).map((a) => a.route)).toEqual(["demands/message"]);
  await control("/profile", { profile: "strict" });
});

test("when the platform fails, a status is kept, checked, and goes out once it is back", async ({ page, dossier }) => {
  const n = await newSyncedDossier(page.request, "PAD");
  await dossier.goto(n);
  await control("/faults", { errorRate: 1 });
  try {
    await dossier.chooseStatus("IEXP");
    await dossier.sendButton().click();
    await expect(dossier.pendingCommands()).toContainText("Résultat inconnu");
  } finally {
    await control("/faults", { errorRate: 0 });
  }
  // The worker checks the unknown outcome, then sends it, by itself once the platform answers ("Réessayer",
  // which only brings that forward, is raced by the worker here: tests/outbox/retry.test.ts covers it).
  await expect(dossier.pendingCommands()).toHaveCount(0, { timeout: 15_000 });
  await dossier.expectStatus("IEXP");
  expect((await control<Array<{ route: string }>>(`/applied?dossier=${n}`)).map((a) => a.route)).toEqual(["demands/status"]);
});

test("a message sent while the platform answers goes once", async ({ page, dossier }) => {
  const n = await newSyncedDossier(page.request, "PAD");
  await dossier.goto(n);
  await dossier.writeMessage("Merci de confirmer le numéro de série");
  await dossier.sendButton().click();
  await expect(page.getByTestId("dossier-notices")).toContainText("Information demandée au revendeur le");
  // The strict platform moved it to INFSTT: Atelier shows it from reading the platform back, not by assuming it.
  expect((await details(n)).dossier.current_status_code).toBe("INFSTT");
  await dossier.expectStatus("INFSTT");
  expect((await control<Array<{ route: string }>>(`/applied?dossier=${n}`)).map((a) => a.route)).toEqual(["demands/message"]);
});
