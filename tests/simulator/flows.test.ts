// The four flows of section 4, played end to end over HTTP through the real lib/rma client.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WireDossier } from "@/lib/rma/wire";
import { startSimulator } from "../support/simulator";

let env: Awaited<ReturnType<typeof startSimulator>>;
beforeEach(async () => {
  env = await startSimulator();
});
afterEach(() => env.sim.close());

const newDossier = (type: "REP" | "PAD") => env.control<WireDossier>("/dossiers", { type });

async function statusOf(demandNumber: string) {
  for (const code of ["RMAD", "RMAOK", "D", "IEXP", "AVRC", "RPLPR", "RPR", "REPPROG", "PRRE", "EDE", "VDE", "RDE", "INFSTT", "INFREV", "RMANOK"] as const) {
    const found = (await env.client.retrieveRequests(code)).find((d) => d.demandNumber === demandNumber);
    if (found) return found;
  }
  throw new Error(`${demandNumber} not found`);
}

describe("section 4 flows", () => {
  it("a new dossier shows up at RMAD with every field of 3.9", async () => {
    const created = await newDossier("REP");
    const raw = await env.raw("token/create", { client_id: "simulateur", client_secret: "simulateur-secret", grant_type: "client_credentials" });
    const token = (raw.json as unknown as { access_token: string }).access_token;
    const reply = await fetch(`${env.origin}/api/demands/retrieverequests?status=RMAD`, { method: "POST", headers: { Authorization: `Bearer ${token}` } });
    const body = (await reply.json()) as { status: string; message: string; data: Record<string, unknown>[] };
    expect(body.status).toBe("OK");
    const wire = body.data.find((d) => d.demand_number === created.demand_number)!;
    for (const field of [
      "type", "demand_number", "agreement_number", "date", "current_status_code", "current_status_label", "current_status_comment",
      "purchase_date", "serial_number", "imei_number", "ean", "part_number", "brand", "problem_description", "fault_code", "return_to",
      "reseller_code", "site_name", "site_mail", "site_code", "site_address_street", "site_address_street_number", "site_address_compl",
      "site_address_zip_code", "site_address_city", "site_address_country", "client_name", "client_mail", "quote_treatment",
      "tracking_number", "carrier_name",
    ]) {
      expect(wire, field).toHaveProperty(field);
    }
    expect(wire.current_status_code).toBe("RMAD");
    expect(wire.date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it("PAD, solution commerciale: D, IEXP, AVRC without an accept", async () => {
    const { demand_number: n, agreement_number } = await newDossier("PAD");
    expect(agreement_number).toBeTruthy();
    for (const code of ["D", "IEXP", "AVRC"] as const) await env.client.status({ demandNumber: n, statusCode: code });
    expect((await statusOf(n)).statusCode).toBe("AVRC");
  });

  it("PAD, échange à neuf: D, IEXP, RPLPR, RPR with the return tracking in the comment", async () => {
    const { demand_number: n } = await newDossier("PAD");
    for (const code of ["D", "IEXP", "RPLPR"] as const) await env.client.status({ demandNumber: n, statusCode: code });
    await env.client.status({ demandNumber: n, statusCode: "RPR", comment: "Colissimo 6A12345678901" });
    const dossier = await statusOf(n);
    expect([dossier.statusCode, dossier.statusComment]).toEqual(["RPR", "Colissimo 6A12345678901"]);
  });

  it("repair under warranty: accept, D, REPPROG, PRRE, RPR", async () => {
    const { demand_number: n } = await newDossier("REP");
    await env.client.accept({ demandNumber: n, agreementNumber: "9999999915" });
    let dossier = await statusOf(n);
    expect([dossier.statusCode, dossier.agreementNumber]).toEqual(["RMAOK", "9999999915"]);
    for (const code of ["D", "REPPROG", "PRRE", "RPR"] as const) await env.client.status({ demandNumber: n, statusCode: code });
    dossier = await statusOf(n);
    expect(dossier.statusCode).toBe("RPR");
  });

  it("accept can move straight to the given next status", async () => {
    const { demand_number: n } = await newDossier("REP");
    await env.client.accept({ demandNumber: n, agreementNumber: "A-1", nextStatus: "ATTEXP", comment: "Étiquette à suivre" });
    const details = await env.control<{ dossier: WireDossier }>(`/dossiers/${n}`);
    expect(details.dossier.current_status_code).toBe("ATTEXP");
    expect(details.dossier.current_status_comment).toBe("Étiquette à suivre");
  });

  it("out of warranty: quote to EDE, VDE from the reseller, then REPPROG and RPR", async () => {
    const { demand_number: n } = await newDossier("REP");
    await env.client.accept({ demandNumber: n, agreementNumber: "A-2" });
    for (const code of ["D", "IEXP"] as const) await env.client.status({ demandNumber: n, statusCode: code });
    await env.client.quotation({
      demandNumber: n,
      quoteNumber: "DV-100",
      lines: [{ label: "Écran", quantity: 1, unitPriceCents: 15845 }, { label: "Main d'œuvre", quantity: 2, unitPriceCents: 3000 }],
      quoteFile: new TextEncoder().encode("%PDF-1.4 devis"),
      comment: "Valable 30 jours",
    });
    expect((await statusOf(n)).statusCode).toBe("EDE");
    const received = await env.control<Array<{ body: { prestation: unknown } }>>("/requests?route=demands/quotation&limit=1");
    expect(received[0]?.body.prestation).toEqual([
      { label_prestation: "Écran", quantity: "1", price: "158,45" },
      { label_prestation: "Main d'œuvre", quantity: "2", price: "30,00" },
    ]);
    await env.control(`/dossiers/${n}/quote-answer`, { answer: "VDE" });
    expect((await env.client.retrieveRequests("VDE")).map((d) => d.demandNumber)).toContain(n);
    for (const code of ["REPPROG", "RPR"] as const) await env.client.status({ demandNumber: n, statusCode: code });
    expect((await statusOf(n)).statusCode).toBe("RPR");
    const documents = await env.client.documents(n);
    expect(documents.find((d) => d.type === "QUOTE")?.content.toString()).toBe("%PDF-1.4 devis");
  });

  it.each([
    ["RETURN", "retourner"],
    ["DESTRUCT", "détruire"],
  ] as const)("out of warranty, refused quote with %s: RDE with the treatment in quote_treatment and the comment", async (treatment, word) => {
    const { demand_number: n } = await newDossier("REP");
    await env.client.accept({ demandNumber: n, agreementNumber: "A-3" });
    await env.client.status({ demandNumber: n, statusCode: "D" });
    await env.client.status({ demandNumber: n, statusCode: "IEXP" });
    await env.client.quotation({ demandNumber: n, quoteNumber: "DV-200", lines: [{ label: "Carte mère", quantity: 1, unitPriceCents: 24900 }] });
    await env.control(`/dossiers/${n}/quote-answer`, { answer: "RDE", treatment });
    const refused = (await env.client.retrieveRequests("RDE")).find((d) => d.demandNumber === n)!;
    expect(refused.quoteTreatment).toBe(treatment);
    expect(refused.statusComment).toContain(treatment);
    expect(refused.statusComment).toContain(word);
    if (treatment === "RETURN") {
      await env.client.status({ demandNumber: n, statusCode: "RPR", comment: "UPS 1Z999" });
      expect((await statusOf(n)).statusCode).toBe("RPR");
    } else {
      await env.client.addDocument({ demandNumber: n, fileName: "pv-destruction.pdf", content: new TextEncoder().encode("%PDF-1.4 PV"), type: "REPORT" });
      expect((await env.client.documents(n)).map((d) => [d.type, d.fileName])).toContainEqual(["REPORT", "pv-destruction.pdf"]);
    }
  });

  it("a message before the accept leaves the dossier at RMAD, so it can still be accepted", async () => {
    const { demand_number: n } = await newDossier("REP");
    await env.client.message({ demandNumber: n, message: "Merci de corriger le numéro de série" });
    expect((await statusOf(n)).statusCode).toBe("RMAD");
    await env.control(`/dossiers/${n}/information`, { text: "Numéro corrigé : SN123" });
    expect(await statusOf(n)).toMatchObject({ statusCode: "RMAD", statusComment: "Numéro corrigé : SN123" });
    await env.client.accept({ demandNumber: n, agreementNumber: "A-1" });
    expect((await statusOf(n)).statusCode).toBe("RMAOK");
  });

  it("information request on an accepted dossier: message moves to INFSTT, the reseller's answer to INFREV", async () => {
    const { demand_number: n } = await newDossier("REP");
    await env.client.accept({ demandNumber: n, agreementNumber: "A-1" });
    await env.client.message({ demandNumber: n, message: "Merci de corriger le numéro de série" });
    expect((await statusOf(n)).statusCode).toBe("INFSTT");
    await env.control(`/dossiers/${n}/information`, { text: "Numéro corrigé : SN123" });
    const dossier = await statusOf(n);
    expect([dossier.statusCode, dossier.statusComment]).toEqual(["INFREV", "Numéro corrigé : SN123"]);
  });

  it("tracking and adddocument are returned by documents with the types of 3.10", async () => {
    const { demand_number: n } = await newDossier("REP");
    await env.client.tracking({ demandNumber: n, trackingNumber: "XFR14512345", carrierName: "chronopost", direction: "CLIENT_TO_CENTER", label: new TextEncoder().encode("%PDF label") });
    await env.client.addDocument({ demandNumber: n, fileName: "photo.png", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), type: "PICTURE" });
    await env.client.addDocument({ demandNumber: n, fileName: "rapport1.txt", content: new TextEncoder().encode("TEXTE TESTS"), type: "REPORT" });
    const documents = await env.client.documents(n);
    expect(documents.map((d) => [d.type, d.fileName])).toEqual(
      expect.arrayContaining([["TRANSPORT", "etiquette-XFR14512345.pdf"], ["OTHER", "photo.png"], ["REPORT", "rapport1.txt"]]),
    );
    expect(documents.find((d) => d.fileName === "rapport1.txt")?.content.toString()).toBe("TEXTE TESTS");
    const rmad = (await env.client.retrieveRequests("RMAD")).find((d) => d.demandNumber === n)!;
    expect([rmad.trackingNumber, rmad.carrierName]).toEqual(["XFR14512345", "chronopost"]);
  });
});
