// Parts for a repair, in the browser on the production build: a part needed on a dossier, ordered in a
// supplier order (its PDF read back), the order scanned at the parts desk as a USB scanner types it, the
// dossier told, REPPROG offered and sent once, the part fitted and the stock one lower.
import { extractText, getDocumentProxy } from "unpdf";
import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";
import { control } from "./support/simulator";

test.use({ role: "manager" });
test.describe.configure({ timeout: 90_000 });

const statusesSent = async (n: string) =>
  (await control<Array<{ route: string; detail: string }>>(`/applied?dossier=${n}`)).filter((a) => a.route === "demands/status").map((a) => a.detail);

test("a part needed → ordered → scanned in → REPPROG once → fitted, the stock one lower", async ({ page, dossier }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const supplier = `Fournisseur ${stamp}`;
  const reference = `ECR-${stamp}`;

  await page.goto("/admin/tarifs");
  await page.getByLabel("Nom", { exact: true }).fill(supplier);
  await page.getByLabel("Délai (jours)").fill("2");
  await page.getByRole("button", { name: "Ajouter le fournisseur" }).click();
  await expect(page.getByTestId("suppliers")).toContainText(supplier);
  await page.getByLabel("Libellé").fill(`Écran ${stamp}`);
  await page.getByLabel("Prix unitaire HT (€)").fill("89,90");
  await page.getByLabel("Référence", { exact: true }).fill(reference);
  await page.getByLabel("Stock", { exact: true }).fill("2");
  await page.getByLabel("Fournisseur", { exact: true }).selectOption({ label: supplier });
  await page.getByRole("button", { name: "Ajouter au tarif" }).click();
  await expect(page.getByTestId("price-row").filter({ hasText: reference })).toContainText("2 (min. 0)");

  const n = await newSyncedDossier(page.request, "PAD");
  await dossier.goto(n);
  await dossier.chooseStatus("IEXP");
  await dossier.sendButton().click();
  await dossier.expectStatus("IEXP");

  // Bad input changes nothing: a fractional quantity is refused at its field.
  const parts = page.getByRole("region", { name: "Pièces" });
  await parts.getByLabel("Article du catalogue (référence ou EAN)").fill(reference);
  await parts.getByLabel("Quantité").fill("1,5");
  await parts.getByRole("button", { name: "Ajouter la pièce" }).click();
  await expect(parts.getByRole("alert")).toContainText("Une quantité en unités entières");
  await expect(parts.getByTestId("part-line")).toHaveCount(0);
  await parts.getByLabel("Quantité").fill("1");
  await parts.getByRole("button", { name: "Ajouter la pièce" }).click();
  await expect(parts.getByTestId("part-state")).toHaveText("À commander");

  await page.goto("/pieces/commandes");
  const group = page.getByTestId("to-order-group").filter({ hasText: supplier });
  await expect(group).toContainText(n);
  await group.getByRole("button", { name: `Créer la commande ${supplier}` }).click();
  const row = page.getByTestId("order-row").filter({ hasText: supplier });
  await expect(row).toContainText("À envoyer");
  const number = (await row.locator("td").first().textContent())!.trim();
  expect(number).toMatch(/^CMD-\d{4}-\d{4}$/);
  const pdfHref = (await row.getByRole("link", { name: `Bon de commande ${number} (PDF)` }).getAttribute("href"))!;
  const pdf = await page.request.get(pdfHref);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
  expect(text).toContain(`Bon de commande n° ${number}`);
  expect(text).toMatch(new RegExp(`${reference}\\s+Écran ${stamp}\\s+1\\s+${n}`));
  await row.getByRole("button", { name: `Marquer ${number} envoyée` }).click();
  await expect(row).toContainText("Envoyée");

  // Ordered: the dossier offers CMDPART in one click.
  await dossier.goto(n);
  await expect(parts.getByTestId("part-state")).toHaveText("Commandée");
  await parts.getByRole("button", { name: /passer le dossier en Commande de pièce \(CMDPART\)/ }).click();
  await dossier.expectStatus("CMDPART");

  await page.goto("/pieces/reception");
  await expect(page.getByLabel("Commande, référence ou EAN")).toBeFocused();
  await page.keyboard.type(number);
  await page.keyboard.press("Enter");
  const scanned = page.getByTestId("parts-scan").first();
  await expect(scanned).toContainText("1 unité(s) reçue(s)");
  await expect(scanned).toContainText(`pour ${n}`);
  await expect(page.getByLabel("Commande, référence ou EAN")).toBeFocused();
  await page.goto("/admin/tarifs");
  await expect(page.getByTestId("price-row").filter({ hasText: reference })).toContainText("3 (min. 0)");

  await dossier.goto(n);
  await expect(parts.getByTestId("part-state")).toHaveText("Reçue");
  await parts.getByRole("button", { name: "Pièces reçues : passer en Réparation en cours (REPPROG)" }).click();
  await dossier.expectStatus("REPPROG");
  expect((await statusesSent(n)).filter((d) => d.includes("REPPROG"))).toHaveLength(1);

  await parts.getByRole("button", { name: `Poser Écran ${stamp}` }).click();
  await expect(parts.getByTestId("part-state")).toHaveText("Posée");
  await page.goto("/admin/tarifs");
  // 2 in stock, 1 received (3), 1 fitted: 2.
  await expect(page.getByTestId("price-row").filter({ hasText: reference })).toContainText("2 (min. 0)");
  await page.goto("/notifications");
  await expect(page.getByText(`Pièce reçue pour ${n} : Écran ${stamp}`)).toBeVisible();
});
