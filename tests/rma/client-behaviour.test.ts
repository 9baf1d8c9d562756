// The client's behaviour against a real HTTP server: tokens, renewals, retries, timeouts, error kinds.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRmaClient, type RmaClientConfig } from "@/lib/rma/client";
import { RmaError } from "@/lib/rma/errors";
import { OK, startFakePlatform, type FakePlatform } from "../support/fake-platform";
import { DOCUMENT_EXAMPLE_DOSSIER } from "./fixtures";

let platform: FakePlatform;
let logs: string[];

beforeEach(async () => {
  platform = await startFakePlatform();
  logs = [];
});
afterEach(() => platform.close());

function client(overrides: Partial<RmaClientConfig> = {}) {
  return createRmaClient({
    baseUrl: platform.baseUrl,
    clientId: "atelier-id",
    clientSecret: "s3cret-value-never-logged",
    retryBaseDelayMs: 5,
    timeoutMs: 2_000,
    log: (line) => logs.push(line),
    ...overrides,
  });
}

const rejection = async (promise: Promise<unknown>): Promise<RmaError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RmaError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
};

describe("token", () => {
  it("is fetched once and reused across calls", async () => {
    platform.on("demands/retrieverequests", () => OK([]));
    const rma = client();
    await rma.retrieveRequests("RMAD");
    await rma.retrieveRequests("D");
    await rma.retrieveRequests("IEXP");
    expect(platform.calls("token/create")).toHaveLength(1);
    expect(platform.calls("demands/retrieverequests").map((c) => c.authorization)).toEqual(["Bearer tok-1", "Bearer tok-1", "Bearer tok-1"]);
  });

  it("50 concurrent calls on a cold cache make exactly one token/create", async () => {
    platform.on("token/create", async () => {
      await new Promise((r) => setTimeout(r, 50));
      return { json: { access_token: "shared", expires_in: 3600, token_type: "Bearer" } };
    });
    platform.on("demands/retrieverequests", () => OK([]));
    const rma = client();
    await Promise.all(Array.from({ length: 50 }, () => rma.retrieveRequests("RMAD")));
    expect(platform.calls("token/create")).toHaveLength(1);
    expect(platform.calls("demands/retrieverequests")).toHaveLength(50);
  });

  it("is renewed about 60 s before expires_in runs out, not earlier", async () => {
    let now = 1_000_000;
    platform.on("demands/retrieverequests", () => OK([]));
    const rma = client({ now: () => now });
    await rma.retrieveRequests("RMAD");
    now += (3600 - 61) * 1000;
    await rma.retrieveRequests("RMAD");
    expect(platform.calls("token/create")).toHaveLength(1);
    now += 2_000; // 59 s left: inside the renewal window
    await rma.retrieveRequests("RMAD");
    expect(platform.calls("token/create")).toHaveLength(2);
    expect(platform.calls("demands/retrieverequests").at(-1)?.authorization).toBe("Bearer tok-2");
  });

  it("on a 401 renews once and retries once", async () => {
    platform.on("demands/status", (req) => (req.authorization === "Bearer tok-1" ? { status: 401, json: { status: "KO", message: "Token expired" } } : OK()));
    await client().status({ demandNumber: "ACH-1", statusCode: "D" });
    expect(platform.calls("token/create")).toHaveLength(2);
    expect(platform.calls("demands/status").map((c) => c.authorization)).toEqual(["Bearer tok-1", "Bearer tok-2"]);
  });

  it("gives up with an auth error when the renewed token is refused too", async () => {
    platform.on("demands/retrieverequests", () => ({ status: 401, json: { message: "Unauthorized" } }));
    const error = await rejection(client().retrieveRequests("RMAD"));
    expect(error.kind).toBe("auth");
    expect(error.httpStatus).toBe(401);
    expect(platform.calls("demands/retrieverequests")).toHaveLength(2);
    expect(platform.calls("token/create")).toHaveLength(2);
  });

  it("reports refused credentials (400 or 401) as an auth error naming the credentials, with the platform's message", async () => {
    for (const status of [400, 401]) {
      platform.on("token/create", () => ({ status, json: { error: "invalid_client", error_description: "Client authentication failed" } }));
      const error = await rejection(client().refuse({ demandNumber: "ACH-1", reason: "x" }));
      expect(error).toMatchObject({ kind: "auth", route: "token/create", httpStatus: status });
      expect(error.platformMessage).toMatch(/RMA_CLIENT_ID et RMA_CLIENT_SECRET.*Client authentication failed/);
    }
    expect(platform.calls("demands/refuse")).toHaveLength(0);
  });

  it("reads an expires_in written as a string", async () => {
    platform.on("token/create", () => ({ json: { access_token: "tok-s", expires_in: "3600", token_type: "Bearer" } }));
    platform.on("demands/retrieverequests", () => OK([]));
    const rma = client();
    await rma.retrieveRequests("RMAD");
    await rma.retrieveRequests("D");
    expect(platform.calls("token/create")).toHaveLength(1);
  });
});

describe("retries", () => {
  it("retries a read on 5xx, 429 and a dropped connection, then succeeds", async () => {
    platform.on("demands/retrieverequests", (_req, i) => [{ status: 500, json: {} }, { status: 429, json: {} }, "destroy" as const][i] ?? OK([]));
    const result = await client().retrieveRequests("RMAD");
    expect(result).toEqual([]);
    expect(platform.calls("demands/retrieverequests")).toHaveLength(4);
  });

  it("stops retrying a read after the configured retries", async () => {
    platform.on("demands/documents", () => ({ status: 503, json: { status: "KO", message: "Maintenance" } }));
    const error = await rejection(client({ readRetries: 2 }).documents("ACH-1"));
    expect(error).toMatchObject({ kind: "upstream", httpStatus: 503, platformMessage: "Maintenance" });
    expect(platform.calls("demands/documents")).toHaveLength(3);
  });

  it("does not retry a read the platform refused (4xx)", async () => {
    platform.on("demands/documents", () => ({ status: 404, json: { status: "KO", message: "Dossier inconnu" } }));
    const error = await rejection(client().documents("NOPE"));
    expect(error).toMatchObject({ kind: "not_found", platformMessage: "Dossier inconnu" });
    expect(platform.calls("demands/documents")).toHaveLength(1);
  });

  it("never retries a write, whatever the failure", async () => {
    platform.on("demands/accept", () => ({ status: 500, text: "<html>Internal Server Error</html>" }));
    platform.on("demands/quotation", () => "destroy");
    const rma = client();
    expect((await rejection(rma.accept({ demandNumber: "ACH-1", agreementNumber: "A1" }))).kind).toBe("upstream");
    expect((await rejection(rma.quotation({ demandNumber: "ACH-1", quoteNumber: "Q", lines: [{ label: "L", quantity: 1, unitPriceCents: 100 }] }))).kind).toBe("network");
    expect(platform.calls("demands/accept")).toHaveLength(1);
    expect(platform.calls("demands/quotation")).toHaveLength(1);
  });
});

describe("timeouts and errors", () => {
  it("times out a call that never answers", async () => {
    platform.on("demands/message", () => "hang");
    const started = Date.now();
    const error = await rejection(client({ timeoutMs: 300 }).message({ demandNumber: "ACH-1", message: "Bonjour" }));
    expect(error.kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(platform.calls("demands/message")).toHaveLength(1);
  });

  it("treats a non-OK envelope as a refusal even under HTTP 200", async () => {
    platform.on("demands/status", () => ({ status: 200, json: { status: "KO", message: "La demande n'est pas encore acceptée" } }));
    const error = await rejection(client().status({ demandNumber: "ACH-1", statusCode: "D" }));
    expect(error).toMatchObject({ kind: "refused", httpStatus: 200, platformMessage: "La demande n'est pas encore acceptée" });
  });

  it("reports a list that is not a list as bad_reply naming the field", async () => {
    platform.on("demands/retrieverequests", () => OK("pas une liste"));
    const error = await rejection(client({ readRetries: 0 }).retrieveRequests("RMAD"));
    expect(error).toMatchObject({ kind: "bad_reply", field: "data" });
  });

  it("says a proxy's HTML page is not JSON, with its HTTP status, and never keeps the HTML", async () => {
    platform.on("demands/status", () => ({ status: 502, text: "<html><body><h1>502 Bad Gateway</h1></body></html>" }));
    const error = await rejection(client().status({ demandNumber: "ACH-1", statusCode: "D" }));
    expect(error).toMatchObject({ kind: "upstream", httpStatus: 502, nonJson: true, platformMessage: null });
    expect(error.message).toContain("réponse non JSON (HTTP 502)");
    expect(error.message).not.toContain("<");
  });

  it("reports a reply that is not JSON, or has no envelope, as bad_reply", async () => {
    platform.on("demands/retrieverequests", () => ({ status: 200, text: "<html>oops</html>" }));
    platform.on("demands/documents", () => ({ json: { data: [] } }));
    const rma = client({ readRetries: 0 });
    expect((await rejection(rma.retrieveRequests("RMAD"))).kind).toBe("bad_reply");
    expect(await rejection(rma.documents("ACH-1"))).toMatchObject({ kind: "bad_reply", field: "status" });
  });

  it("maps HTTP statuses to kinds", async () => {
    const cases: Array<[number, string]> = [[400, "validation"], [422, "validation"], [403, "refused"], [409, "refused"], [404, "not_found"], [502, "upstream"]];
    for (const [status, kind] of cases) {
      platform.on("demands/refuse", () => ({ status, json: { status: "KO", message: `m${status}` } }));
      const error = await rejection(client().refuse({ demandNumber: "ACH-1", reason: "r" }));
      expect([error.kind, error.httpStatus, error.platformMessage]).toEqual([kind, status, `m${status}`]);
    }
  });
});

describe("replies", () => {
  it("maps the document's retrieverequests example to our model and keeps unknown fields", async () => {
    platform.on("demands/retrieverequests", () => OK([{ ...DOCUMENT_EXAMPLE_DOSSIER, client_phone: "0601020304", loyalty_card: { id: 7 } }]));
    const [dossier] = await client().retrieveRequests("RMAD");
    expect(dossier).toMatchObject({
      type: "REP",
      demandNumber: "ACH-9001-0008",
      agreementNumber: null,
      createdAt: "2021-09-22 09:45:17",
      statusCode: "RMAD",
      imeiNumber: "123456789123456",
      siteStreetNumber: null,
      siteCity: "TRAPPES",
      clientName: "Dupont Jean",
      quoteTreatment: null,
    });
    expect(dossier?.extra).toEqual({ client_phone: "0601020304", loyalty_card: { id: 7 } });
  });

  it("decodes documents, accepting the assumed aliases", async () => {
    platform.on("demands/documents", () =>
      OK([
        { type: "REPORT", file_name: "rapport1.txt", file_content: "VEVYVEUgVEVTVFM=" },
        { type: "QUOTE", name: "devis.pdf", content: Buffer.from("%PDF").toString("base64") },
      ]),
    );
    const documents = await client().documents("CRF-8000-0004");
    expect(documents.map((d) => [d.type, d.fileName, d.content.toString()])).toEqual([
      ["REPORT", "rapport1.txt", "TEXTE TESTS"],
      ["QUOTE", "devis.pdf", "%PDF"],
    ]);
  });
});

describe("logging", () => {
  it("never logs the token, the secret or file contents", async () => {
    platform.on("token/create", () => ({ json: { access_token: "SECRET-TOKEN-43db1215", expires_in: 3600, token_type: "Bearer" } }));
    platform.on("demands/adddocument", () => ({ status: 500, json: { status: "KO", message: "boom" } }));
    platform.on("demands/documents", () => OK([{ type: "REPORT", file_name: "r.txt", file_content: "VEVYVEUgVEVTVFM=" }]));
    const rma = client();
    await rejection(rma.addDocument({ demandNumber: "ACH-1", fileName: "photo.jpg", content: new TextEncoder().encode("TEXTE TESTS") }));
    await rma.documents("ACH-1");
    const all = logs.join("\n");
    expect(logs.length).toBeGreaterThanOrEqual(3);
    for (const secret of ["SECRET-TOKEN-43db1215", "s3cret-value-never-logged", "VEVYVEUgVEVTVFM=", "TEXTE TESTS"]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe("reading what the platform sends, under every reasonable reading", () => {
  it("reads each dossier on its own: one that does not fit is set aside with its field, the others are kept", async () => {
    platform.on("demands/retrieverequests", () => OK([DOCUMENT_EXAMPLE_DOSSIER, { ...DOCUMENT_EXAMPLE_DOSSIER, demand_number: "ACH-2", serial_number: { v: 1 } }, "pas un dossier"]));
    const { dossiers, rejected } = await client().retrieveList("RMAD");
    expect(dossiers.map((d) => d.demandNumber)).toEqual(["ACH-9001-0008"]);
    expect(rejected.map((r) => [r.demandNumber, r.field])).toEqual([["ACH-2", "serial_number"], [null, ""]]);
  });

  it("keeps the exact digits of numbers sent as JSON numbers, even past what a double holds", async () => {
    const text = JSON.stringify({ status: "OK", message: "Success", data: [{ ...DOCUMENT_EXAMPLE_DOSSIER, ean: 8710103818724, site_address_street_number: 12, imei_number: 123456789123456 }] })
      .replace('"serial_number":"1111111111111"', '"serial_number":12345678901234567890');
    platform.on("demands/retrieverequests", () => ({ status: 200, text }));
    const [dossier] = await client().retrieveRequests("RMAD");
    expect([dossier!.ean, dossier!.siteStreetNumber, dossier!.imeiNumber, dossier!.serialNumber]).toEqual(["8710103818724", "12", "123456789123456", "12345678901234567890"]);
  });

  it("null, absent and empty fields all mean 'not given'", async () => {
    const { agreement_number: _a, ...withoutAgreement } = DOCUMENT_EXAMPLE_DOSSIER;
    platform.on("demands/retrieverequests", () => OK([{ ...withoutAgreement, brand: "", part_number: null }]));
    const [dossier] = await client().retrieveRequests("RMAD");
    expect([dossier!.agreementNumber, dossier!.brand, dossier!.partNumber]).toEqual([null, null, null]);
  });

  it("an empty status may come as data: null, data: {} or no data at all", async () => {
    for (const reply of [OK(null), OK({}), OK()]) {
      platform.on("demands/retrieverequests", () => reply);
      expect(await client().retrieveList("RMAD")).toEqual({ dossiers: [], rejected: [] });
    }
  });

  it("keeps an unknown type (PMS) and an unknown status code as they came", async () => {
    platform.on("demands/retrieverequests", () => OK([{ ...DOCUMENT_EXAMPLE_DOSSIER, type: "PMS", current_status_code: "NOUVEAU" }]));
    const [dossier] = await client().retrieveRequests("RMAD");
    expect([dossier!.type, dossier!.statusCode]).toEqual(["PMS", "NOUVEAU"]);
  });
});
