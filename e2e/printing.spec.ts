// The ticket and the label a technician prints: PDFs whose text holds the dossier number, and whose
// barcodes a scanner reads back (rendered with pdftoppm, decoded with zbarimg, as a printer and a scanner would).
import { extractText, getDocumentProxy } from "unpdf";
import { barcodesOf } from "./support/barcodes";
import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";

async function readBack(pdf: Buffer) {
  const [codes] = barcodesOf(pdf);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return { codes: codes!, text };
}

test("the repair ticket and the product label carry the dossier number as text and as barcodes a scanner reads back", async ({ page, dossier }) => {
  const n = await newSyncedDossier(page.request, "PAD");
  await dossier.goto(n);
  await expect(page.getByRole("link", { name: "Imprimer la fiche" })).toHaveAttribute("href", `/dossiers/${n}/fiche.pdf`);

  const ticket = await page.request.get(`/dossiers/${n}/fiche.pdf`);
  expect([ticket.status(), ticket.headers()["content-type"]]).toEqual([200, "application/pdf"]);
  const t = await readBack(await ticket.body());
  expect(t.text).toContain(`Fiche de réparation ${n}`);
  expect(t.codes).toContain(`CODE-128:${n}`);
  expect(t.codes.find((c) => c.startsWith("QR-Code:"))).toMatch(new RegExp(`/dossiers/${n}$`));

  const label = await page.request.get(`/dossiers/${n}/etiquette.pdf`);
  expect(label.status()).toBe(200);
  const l = await readBack(await label.body());
  expect(l.text).toContain(n);
  expect(l.codes).toContain(`CODE-128:${n}`);
});

test("the next step of the flow is one click on the dossier page, and the two choices where the flow is not known", async ({ page, dossier }) => {
  const n = await newSyncedDossier(page.request, "PAD");
  await dossier.goto(n);
  const next = page.getByTestId("next-step");
  await next.getByRole("button", { name: "Produit reçu (D)" }).click();
  await dossier.expectStatus("D");
  await next.getByRole("button", { name: "Expertise en cours (IEXP)" }).click();
  await dossier.expectStatus("IEXP");
  // A commercial solution or an exchange? Both are offered.
  await expect(next.getByRole("link", { name: /AVRC \/ AVRF.*solution commerciale/ })).toBeVisible();
  await expect(next.getByRole("button", { name: /Remplacement du produit \(RPLPR\).*échange/ })).toBeVisible();
});
