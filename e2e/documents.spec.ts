// The documents Atelier writes itself: the quote from the builder (with the centre's identity and the price
// list's suggestions), the expertise report, the destruction certificate; each read back from the platform.
import { extractText, getDocumentProxy } from "unpdf";
import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";
import { control, details, documentsOf } from "./support/simulator";

test.describe.configure({ timeout: 60_000 });

const textOf = async (pdf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, " ");

test.describe("as an admin, then a manager", () => {
  test.use({ role: "admin" });

  test("the centre's identity and a price list line show in the quote the builder writes and sends", async ({ page, dossier }) => {
    await page.goto("/admin/centre");
    await page.getByLabel("Raison sociale").fill("SAV Express Trappes");
    await page.getByLabel("Adresse").fill("12 rue des Ateliers, 78190 Trappes");
    await page.getByLabel("SIRET").fill("12345678900012");
    await page.getByLabel("Taux de TVA (%)").fill("20");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Identité du centre enregistrée.")).toBeVisible();

    const label = `Dalle OLED ${Date.now()}`;
    await page.goto("/admin/tarifs");
    await page.getByLabel("Libellé").fill(label);
    await page.getByLabel("Prix unitaire HT (€)").fill("158,45");
    await page.getByRole("button", { name: "Ajouter au tarif" }).click();
    await expect(page.getByTestId("price-row").filter({ hasText: label })).toContainText("158,45");

    const n = await newSyncedDossier(page.request, "REP");
    await dossier.goto(n);
    await dossier.accept("A-PDF", "D");
    await page.getByRole("button", { name: "Émettre un devis" }).click();
    // Typing the label from the price list fills its price.
    await page.getByLabel("Prestation 1").fill(label);
    await expect(page.getByLabel("Prix unitaire (€) 1")).toHaveValue("158,45");
    await page.getByRole("button", { name: "Ajouter une ligne" }).click();
    await page.getByLabel("Prestation 2").fill("Main d'œuvre");
    await page.getByLabel("Quantité 2").fill("2");
    await page.getByLabel("Prix unitaire (€) 2").fill("45");
    // The preview opens in a new tab, before anything is sent.
    const tab = page.context().waitForEvent("page");
    await page.getByRole("button", { name: "Aperçu du PDF" }).click();
    expect((await tab).url()).toMatch(/^blob:/);
    const previewed = await page.request.post("/api/devis/apercu", { data: { demandNumber: n, lines: [{ label, quantity: 1, unitPriceCents: 15845 }, { label: "Main d'œuvre", quantity: 2, unitPriceCents: 4500 }] } });
    expect([previewed.status(), previewed.headers()["content-type"]]).toEqual([200, "application/pdf"]);
    expect(await textOf(await previewed.body())).toContain("298,14 €");
    expect(await control<unknown[]>(`/applied?dossier=${n}`)).toHaveLength(1); // the accept only
    await page.getByRole("button", { name: "Envoyer le devis" }).click();
    await expect(page.getByTestId("dossier-notices")).toContainText(/Devis DV-\d{4}-\d{4} envoyé le/);

    const [quote] = (await documentsOf(n)).filter((d) => d.type === "QUOTE");
    expect(quote!.content.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await textOf(quote!.content);
    for (const part of ["SAV Express Trappes", "12345678900012", n, label, "248,45 €", "49,69 €", "298,14 €", "Bon pour accord"]) expect(text, part).toContain(part);
  });
});

test("an expertise report and a destruction certificate reach the platform as REPORT documents", async ({ page, dossier }) => {
  const n = await newSyncedDossier(page.request, "REP");
  await dossier.goto(n);
  await dossier.accept("A-RPT", "D");
  await page.getByRole("button", { name: "Rapport d'expertise" }).click();
  await page.getByRole("button", { name: "Envoyer le rapport (PDF)" }).click();
  await expect(page.getByText("Décrivez les constats")).toBeVisible();
  await page.getByLabel("Constats").fill("Dalle fissurée, rétroéclairage HS");
  await page.getByLabel("Conclusion").selectOption("irreparable");
  await page.getByRole("button", { name: "Envoyer le rapport (PDF)" }).click();
  // The conclusion suggests PRIR; nothing is sent before the technician clicks it.
  await expect(page.getByTestId("report-suggestion").getByRole("button", { name: "Envoyer PRIR" })).toBeVisible();
  expect((await details(n)).dossier.current_status_code).toBe("D");
  const report = (await documentsOf(n)).find((d) => d.file_name === `rapport-expertise-${n}.pdf`);
  expect(report?.type).toBe("REPORT");
  expect(await textOf(report!.content)).toContain("Dalle fissurée");

  // A refused quote to destroy: the certificate ends the flow.
  await page.getByRole("button", { name: "Émettre un devis" }).click();
  await page.getByLabel("Prestation 1").fill("Écran");
  await page.getByLabel("Prix unitaire (€) 1").fill("300");
  await page.getByRole("button", { name: "Envoyer le devis" }).click();
  await expect(page.getByTestId("dossier-notices")).toContainText("envoyé le");
  await control(`/dossiers/${n}/quote-answer`, { answer: "RDE", treatment: "DESTRUCT" });
  expect((await page.request.post("/api/sync")).ok()).toBe(true);
  await page.goto(`/dossiers/${encodeURIComponent(n)}/parcours`);
  await expect(page.getByRole("heading", { level: 2, name: /rapport de destruction/ })).toBeVisible();
  await page.getByLabel("Méthode de destruction").fill("Broyage, filière DEEE");
  await page.getByRole("button", { name: "Envoyer le certificat (PDF)" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Parcours terminé/ })).toBeVisible({ timeout: 15_000 });
  const certificate = (await documentsOf(n)).find((d) => d.file_name === `certificat-destruction-${n}.pdf`);
  expect(certificate?.type).toBe("REPORT");
  expect(await textOf(certificate!.content)).toContain("Broyage, filière DEEE");
});
