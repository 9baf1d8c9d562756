// Each command's verify(), on the evidence the outbox meets after an unknown outcome: what the platform
// shows now, the moves seen since the first send, the documents it holds against the count before.
// "applied" only on a trace of this write; "not-applied" only where the platform shows it surely was not;
// anything else is a person's decision.
import { describe, expect, it } from "vitest";
import { COMMANDS } from "@/lib/commands/registry";
import type { Evidence } from "@/lib/commands/types";

function evidence(e: { before?: string | null; now?: string | null; tracking?: string | null; seen?: string[]; documents?: number; baseline?: number | null }): Evidence {
  const seen = e.seen ?? [];
  return {
    beforeStatus: e.before ?? null,
    now: e.now === null || e.now === undefined ? null : { statusCode: e.now, trackingNumber: e.tracking ?? null },
    seen,
    changedTo: (codes) => seen.some((s) => codes.includes(s)),
    changedSince: () => seen.length > 0,
    matchingDocuments: async () => e.documents ?? 0,
    baselineCount: e.baseline === undefined ? null : e.baseline,
  };
}

const file = { uploadId: "00000000-0000-4000-8000-000000000000", name: "rapport.pdf", size: 10, sha256: "a".repeat(64), contentType: "application/pdf" };
const verify = (verb: keyof typeof COMMANDS, params: unknown, e: Evidence) => (COMMANDS[verb].verify as (e: Evidence, p: unknown) => Promise<string> | string)(e, params);

describe("verify()", () => {
  it("accept: applied once seen past RMAD; not applied while still at RMAD with nothing moving", async () => {
    const p = { agreementNumber: "A-1" };
    expect(await verify("accept", p, evidence({ before: "RMAD", now: "RMAOK", seen: ["RMAOK"] }))).toBe("applied");
    expect(await verify("accept", p, evidence({ before: "RMAD", now: "D", seen: ["D"] }))).toBe("applied");
    expect(await verify("accept", p, evidence({ before: "RMAD", now: "RMAD" }))).toBe("not-applied");
    expect(await verify("accept", p, evidence({ before: "RMAD", now: "RMAD", seen: ["INFSTT", "RMAD"] }))).toBe("undecidable");
    expect(await verify("accept", p, evidence({ before: "RMAD", now: null }))).toBe("undecidable");
  });

  it("refuse: applied at RMANOK; not applied at RMAD with nothing moving", async () => {
    const p = { reason: "Hors garantie" };
    expect(await verify("refuse", p, evidence({ before: "RMAD", now: "RMANOK", seen: ["RMANOK"] }))).toBe("applied");
    expect(await verify("refuse", p, evidence({ before: "RMAD", now: "RMANOK" }))).toBe("applied");
    expect(await verify("refuse", p, evidence({ before: "RMAD", now: "RMAD" }))).toBe("not-applied");
    expect(await verify("refuse", p, evidence({ before: "RMAD", now: "RMAD", seen: ["INFSTT", "RMAD"] }))).toBe("undecidable");
  });

  it("status: applied at its code or the reseller's answer to it; not applied where it was, moves back to there aside", async () => {
    expect(await verify("status", { statusCode: "IEXP" }, evidence({ before: "D", now: "IEXP", seen: ["IEXP"] }))).toBe("applied");
    expect(await verify("status", { statusCode: "EDE" }, evidence({ before: "IEXP", now: "VDE", seen: ["VDE"] }))).toBe("applied");
    expect(await verify("status", { statusCode: "IEXP" }, evidence({ before: "D", now: "D" }))).toBe("not-applied");
    // A lagging mirror catching up to where the dossier was says nothing of this write.
    expect(await verify("status", { statusCode: "IEXP" }, evidence({ before: "D", now: "D", seen: ["D"] }))).toBe("not-applied");
    expect(await verify("status", { statusCode: "IEXP" }, evidence({ before: "D", now: "D", seen: ["REPPROG", "D"] }))).toBe("undecidable");
    expect(await verify("status", { statusCode: "IEXP" }, evidence({ before: "RMAOK", now: "D" }))).toBe("undecidable");
    expect(await verify("status", { statusCode: "D" }, evidence({ before: "D", now: "D" }))).toBe("undecidable");
    expect(await verify("status", { statusCode: "IEXP" }, evidence({ before: "D", now: null }))).toBe("undecidable");
  });

  it("message: applied once INFSTT or INFREV is seen; otherwise a person decides (a message leaves no other trace)", async () => {
    const p = { message: "Numéro de série ?" };
    expect(await verify("message", p, evidence({ before: "D", now: "INFSTT", seen: ["INFSTT"] }))).toBe("applied");
    expect(await verify("message", p, evidence({ before: "D", now: "INFREV", seen: ["INFREV"] }))).toBe("applied");
    expect(await verify("message", p, evidence({ before: "D", now: "D" }))).toBe("undecidable");
  });

  it("quotation: applied at EDE or its answer, or when its PDF appeared; never not-applied on its own", async () => {
    const p = { quoteNumber: "DV-1", quoteFile: file, lines: [] };
    expect(await verify("quotation", p, evidence({ before: "IEXP", now: "EDE", seen: ["EDE"] }))).toBe("applied");
    expect(await verify("quotation", p, evidence({ before: "IEXP", now: "RDE", seen: ["RDE"] }))).toBe("applied");
    expect(await verify("quotation", p, evidence({ before: "IEXP", now: "IEXP", baseline: 0, documents: 1 }))).toBe("applied");
    expect(await verify("quotation", p, evidence({ before: "IEXP", now: "IEXP", baseline: 0, documents: 0 }))).toBe("undecidable");
    expect(await verify("quotation", p, evidence({ before: "IEXP", now: "IEXP", baseline: null, documents: 1 }))).toBe("undecidable");
  });

  it("document: applied when one more copy is there than before; not applied when the count is unchanged", async () => {
    const p = { file, type: "REPORT" };
    expect(await verify("document", p, evidence({ baseline: 1, documents: 2 }))).toBe("applied");
    expect(await verify("document", p, evidence({ baseline: 1, documents: 1 }))).toBe("not-applied");
    expect(await verify("document", p, evidence({ baseline: 2, documents: 1 }))).toBe("undecidable");
    expect(await verify("document", p, evidence({ baseline: null, documents: 1 }))).toBe("undecidable");
  });

  it("tracking: applied when the dossier carries its number or its label appeared; not applied when neither, the dossier read", async () => {
    const p = { trackingNumber: "TRK1", carrierName: "Colissimo", direction: "SEND", label: file };
    expect(await verify("tracking", p, evidence({ now: "RPR", tracking: "TRK1", baseline: 0, documents: 0 }))).toBe("applied");
    expect(await verify("tracking", p, evidence({ now: "RPR", tracking: null, baseline: 0, documents: 1 }))).toBe("applied");
    expect(await verify("tracking", p, evidence({ now: "RPR", tracking: null, baseline: 0, documents: 0 }))).toBe("not-applied");
    expect(await verify("tracking", p, evidence({ now: null, baseline: 0, documents: 0 }))).toBe("undecidable");
    expect(await verify("tracking", p, evidence({ now: "RPR", tracking: null, baseline: null, documents: 0 }))).toBe("undecidable");
  });

  it("covers every command of the registry", () => {
    expect(Object.keys(COMMANDS).sort()).toEqual(["accept", "document", "message", "quotation", "refuse", "status", "tracking"]);
  });
});
