import { WizardPage } from "./pages/wizard.page";
import { expect, test } from "./support/fixtures";
import { pdfFile } from "./support/files";
import { newSyncedDossier } from "./support/mirror";
import { control, details } from "./support/simulator";
import { PROFILES } from "@/simulator/profiles";

test.describe.configure({ timeout: 60_000 });

async function sendReturn(wizard: WizardPage, page: import("@playwright/test").Page, tracking: string) {
  await wizard.expectNext(/Retour du produit/);
  const step = wizard.nextStep();
  await step.getByLabel("Transporteur").selectOption("colissimo");
  await step.getByLabel("Numéro de suivi", { exact: true }).fill(tracking);
  await step.locator("#tracking-label").setInputFiles(pdfFile("etiquette-retour.pdf"));
  await step.getByRole("button", { name: "Envoyer", exact: true }).click();
  await expect(page.getByText("Envoyé à RMA Manager.").first()).toBeVisible();
  await step.getByLabel("Commentaire (numéro de suivi du retour)").fill(`Colissimo ${tracking}`);
  await step.getByRole("button", { name: "Envoyer RPR" }).click();
}

// The four flows of section 4, end to end, under each of the simulator's readings of the document.
for (const profile of PROFILES) {
  test.describe(`flows under the ${profile} profile`, () => {
    test.beforeAll(async () => {
      await control("/profile", { profile });
    });
    test.afterAll(async () => {
      await control("/profile", { profile: "strict" });
    });

    test("PAD, solution commerciale: D, IEXP, AVRC, without an accept", async ({ page, wizard }) => {
      const n = await newSyncedDossier(page.request, "PAD");
      await wizard.goto(n);
      await page.getByRole("link", { name: "PAD — solution commerciale" }).click();
      await wizard.sendStatus("D");
      await wizard.sendStatus("IEXP");
      await wizard.expectNext(/AVRC/);
      await wizard.choose("AVRC");
      await wizard.expectFinished();
      await expect(wizard.step("solution")).toContainText("fait");
      expect((await details(n)).dossier.current_status_code).toBe("AVRC");
    });

    test("PAD, échange à neuf: D, IEXP, RPLPR, then RPR with the return tracking", async ({ page, wizard }) => {
      const n = await newSyncedDossier(page.request, "PAD");
      await wizard.goto(n, "pad-echange");
      await wizard.sendStatus("D");
      await wizard.sendStatus("IEXP");
      await wizard.sendStatus("RPLPR");
      await sendReturn(wizard, page, "6A11112222333");
      await wizard.expectFinished();
      const sim = await details(n);
      expect([sim.dossier.current_status_code, sim.dossier.current_status_comment, sim.dossier.tracking_number]).toEqual(["RPR", "Colissimo 6A11112222333", "6A11112222333"]);
      expect(sim.documents.map((d) => d.type)).toContain("TRANSPORT");
    });

    test("repair under warranty: the accept first (a status before it is refused), then D, REPPROG, PRRE, RPR", async ({ page, wizard, dossier }) => {
      const n = await newSyncedDossier(page.request, "REP");
      await wizard.goto(n, "garantie");
      await expect(wizard.step("accept")).toContainText("étape en cours");
      // The dossier page offers no status before the accept, and explains why when asked anyway.
      await dossier.goto(n);
      await expect(page.getByRole("button", { name: "Changer le statut" })).toHaveCount(0);
      await wizard.goto(n, "garantie");
      await wizard.nextStep().getByRole("button", { name: "Accepter" }).click();
      await expect(wizard.nextStep().getByText("Le numéro d'accord est obligatoire")).toBeVisible();
      await wizard.nextStep().getByLabel("Numéro d'accord").fill("9999999915");
      await wizard.nextStep().getByRole("button", { name: "Accepter" }).click();
      await wizard.sendStatus("D");
      await wizard.sendStatus("REPPROG");
      await wizard.expectNext(/PRRE/);
      await wizard.choose("PRRE");
      await sendReturn(wizard, page, "6A99998888777");
      await wizard.expectFinished();
      const sim = await details(n);
      expect([sim.dossier.current_status_code, sim.dossier.agreement_number]).toEqual(["RPR", "9999999915"]);
    });

    test("out of warranty: accept, D, IEXP, quote, VDE from the reseller, repair and return", async ({ page, wizard }) => {
      const n = await newSyncedDossier(page.request, "REP");
      await wizard.goto(n, "hors-garantie");
      await wizard.nextStep().getByLabel("Numéro d'accord").fill("HG-1");
      await wizard.nextStep().getByRole("button", { name: "Accepter" }).click();
      await wizard.sendStatus("D");
      await wizard.sendStatus("IEXP");
      await wizard.expectNext(/Émettre le devis/);
      const step = wizard.nextStep();
      await step.getByLabel("Numéro de devis").fill("DV-HG-1");
      await step.getByLabel("Prestation 1").fill("Carte mère");
      await step.getByLabel("Prix unitaire (€) 1").fill("149,90");
      await step.getByRole("button", { name: "Envoyer le devis" }).click();
      await wizard.expectNext(/Attendre la réponse du revendeur/);
      // A platform that sets EDE itself leaves nothing to do; one that does not gets EDE offered.
      if (profile === "strict") await expect(page.getByText(/rien à faire avant son accord/)).toBeVisible();
      else await expect(wizard.nextStep().getByText(/n'a pas \(encore\) passé le dossier en EDE/)).toBeVisible();
      await page.getByRole("button", { name: "Valider le devis (VDE)" }).click();
      await wizard.sendStatus("REPPROG");
      await wizard.expectNext(/PRRE/);
      await wizard.choose("PRRE");
      await sendReturn(wizard, page, "6A12121212121");
      await wizard.expectFinished();
      expect((await details(n)).dossier.current_status_code).toBe("RPR");
    });

    test("out of warranty, refused quote to destroy: the destruction report ends the flow", async ({ page, wizard }) => {
      const n = await newSyncedDossier(page.request, "REP");
      await wizard.goto(n, "hors-garantie");
      await wizard.nextStep().getByLabel("Numéro d'accord").fill("HG-2");
      await wizard.nextStep().getByRole("button", { name: "Accepter" }).click();
      await wizard.sendStatus("D");
      await wizard.sendStatus("IEXP");
      await wizard.expectNext(/Émettre le devis/);
      await wizard.nextStep().getByLabel("Numéro de devis").fill("DV-HG-2");
      await wizard.nextStep().getByLabel("Prestation 1").fill("Écran");
      await wizard.nextStep().getByLabel("Prix unitaire (€) 1").fill("300");
      await wizard.nextStep().getByRole("button", { name: "Envoyer le devis" }).click();
      await wizard.expectNext(/Attendre la réponse/);
      await control(`/dossiers/${n}/quote-answer`, { answer: "RDE", treatment: "DESTRUCT" });
      expect((await page.request.post("/api/sync")).ok()).toBe(true);
      await wizard.goto(n);
      await wizard.expectNext(/rapport de destruction/);
      // Atelier writes the certificate; a report of one's own may still be attached instead.
      await page.getByLabel("Méthode de destruction").fill("Broyage, filière DEEE");
      await page.getByRole("button", { name: "Envoyer le certificat (PDF)" }).click();
      await wizard.expectFinished();
      await expect(wizard.step("destruction")).toContainText("fait");
      expect((await details(n)).documents).toContainEqual(expect.objectContaining({ type: "REPORT", file_name: `certificat-destruction-${n}.pdf` }));
    });
  });
}
