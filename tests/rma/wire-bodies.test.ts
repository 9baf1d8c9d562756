// Every route's exact wire body, built from the document's own example values (sections 3.1 to 3.10).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRmaClient, type RmaClient } from "@/lib/rma/client";
import { OK, startFakePlatform, type FakePlatform } from "../support/fake-platform";

let platform: FakePlatform;
let client: RmaClient;

beforeEach(async () => {
  platform = await startFakePlatform();
  client = createRmaClient({ baseUrl: platform.baseUrl, clientId: "your id", clientSecret: "your secret" });
  for (const route of ["accept", "refuse", "message", "status", "tracking", "adddocument", "quotation"]) {
    platform.on(`demands/${route}`, () => OK());
  }
});
afterEach(() => platform.close());

const bytes = (text: string) => new TextEncoder().encode(text);

describe("wire bodies", () => {
  it("3.1 token/create sends client_credentials and the token goes in a Bearer header", async () => {
    await client.refuse({ demandNumber: "ACH-9001-0001", reason: "Hors périmètre" });
    const [token] = platform.calls("token/create");
    expect(token?.rawBody).toBe('{"client_secret":"your secret","client_id":"your id","grant_type":"client_credentials"}');
    expect(platform.calls("demands/refuse")[0]?.authorization).toBe("Bearer tok-1");
    expect(platform.calls("demands/refuse")[0]?.contentType).toBe("application/json");
  });

  it("3.2 accept uses demand_numero and agreement_numero, with the example's empty strings", async () => {
    await client.accept({ demandNumber: "ACH-9001-0001", agreementNumber: "9999999915", nextStatus: "ATTEXP" });
    expect(platform.calls("demands/accept")[0]?.rawBody).toBe(
      '{"demand_numero":"ACH-9001-0001","agreement_numero":"9999999915","agreement_content":"","status_code":"ATTEXP","status_comment":""}',
    );
  });

  it("3.2 accept sends the agreement document as base64", async () => {
    await client.accept({ demandNumber: "ACH-9001-0001", agreementNumber: "9999999915", agreementFile: bytes("%PDF-1.4"), comment: "Accord marque" });
    expect(platform.calls("demands/accept")[0]?.body).toEqual({
      demand_numero: "ACH-9001-0001",
      agreement_numero: "9999999915",
      agreement_content: Buffer.from("%PDF-1.4").toString("base64"),
      status_comment: "Accord marque",
    });
  });

  it("3.3 refuse uses demand_numero and reason", async () => {
    await client.refuse({ demandNumber: "ACH-9001-0001", reason: "Produit hors périmètre" });
    expect(platform.calls("demands/refuse")[0]?.rawBody).toBe('{"demand_numero":"ACH-9001-0001","reason":"Produit hors périmètre"}');
  });

  it("3.4 message uses demand_number and message (assumed body)", async () => {
    await client.message({ demandNumber: "ACH-9001-0001", message: "Merci de corriger le numéro de série" });
    expect(platform.calls("demands/message")[0]?.rawBody).toBe('{"demand_number":"ACH-9001-0001","message":"Merci de corriger le numéro de série"}');
  });

  it("3.5 status uses demand_number, status_code and status_comment (assumed body)", async () => {
    await client.status({ demandNumber: "ACH-9001-0001", statusCode: "D" });
    expect(platform.calls("demands/status")[0]?.rawBody).toBe('{"demand_number":"ACH-9001-0001","status_code":"D","status_comment":""}');
  });

  it("3.6 tracking uses demand_number and base64 label_content", async () => {
    await client.tracking({ demandNumber: "ACH-0000-0000", trackingNumber: "XFR14512345", carrierName: "chronopost", direction: "CLIENT_TO_CENTER", label: bytes("%PDF-1.4 label") });
    expect(platform.calls("demands/tracking")[0]?.rawBody).toBe(
      `{"demand_number":"ACH-0000-0000","tracking_number":"XFR14512345","label_content":"${Buffer.from("%PDF-1.4 label").toString("base64")}","carrier_name":"chronopost","type":"CLIENT_TO_CENTER"}`,
    );
  });

  it("3.7 adddocument reproduces the document's example byte for byte", async () => {
    await client.addDocument({ demandNumber: "CRF-8000-0004", fileName: "rapport1.txt", content: bytes("TEXTE TESTS"), type: "REPORT" });
    expect(platform.calls("demands/adddocument")[0]?.rawBody).toBe(
      '{"demand_number":"CRF-8000-0004","file_name":"rapport1.txt","file_content":"VEVYVEUgVEVTVFM=","type":"REPORT"}',
    );
  });

  it("3.8 quotation sends string quantities and decimal-comma prices computed from cents", async () => {
    await client.quotation({
      demandNumber: "ACH-0000-0000",
      quoteNumber: "your reference quote",
      lines: [
        { label: "Prestation 1", quantity: 1, unitPriceCents: 15845 },
        { label: "Prestation 2", quantity: 1, unitPriceCents: 15845 },
      ],
    });
    expect(platform.calls("demands/quotation")[0]?.rawBody).toBe(
      '{"demand_number":"ACH-0000-0000","quote_number":"your reference quote","quote_file":"","prestation":[{"label_prestation":"Prestation 1","quantity":"1","price":"158,45"},{"label_prestation":"Prestation 2","quantity":"1","price":"158,45"}]}',
    );
  });

  it("3.8 quotation adds quote_comment and the PDF when given", async () => {
    await client.quotation({
      demandNumber: "ACH-0000-0000",
      quoteNumber: "Q-1",
      lines: [{ label: "Écran", quantity: 2, unitPriceCents: 7990 }],
      quoteFile: bytes("%PDF-1.7"),
      comment: "Valable 30 jours",
    });
    expect(platform.calls("demands/quotation")[0]?.body).toMatchObject({
      quote_file: Buffer.from("%PDF-1.7").toString("base64"),
      prestation: [{ label_prestation: "Écran", quantity: "2", price: "79,90" }],
      quote_comment: "Valable 30 jours",
    });
  });

  it("3.9 retrieverequests posts the status in the query string, without a body", async () => {
    platform.on("demands/retrieverequests", () => OK([]));
    await client.retrieveRequests("RMAD");
    const [call] = platform.calls("demands/retrieverequests");
    expect(call?.query).toEqual({ status: "RMAD" });
    expect(call?.rawBody).toBe("");
  });

  it("3.10 documents sends demand_number", async () => {
    platform.on("demands/documents", () => OK([]));
    await client.documents("ACH-9001-0008");
    expect(platform.calls("demands/documents")[0]?.rawBody).toBe('{"demand_number":"ACH-9001-0008"}');
  });

  it("refuses to send a body its own schema rejects, before any HTTP call", async () => {
    await expect(client.quotation({ demandNumber: "ACH-0000-0000", quoteNumber: "Q", lines: [] })).rejects.toMatchObject({
      kind: "validation",
      field: "prestation",
    });
    await expect(client.status({ demandNumber: "ACH-1", statusCode: "VDE" as never })).rejects.toMatchObject({ kind: "validation", field: "status_code" });
    expect(platform.received).toHaveLength(0);
  });
});
