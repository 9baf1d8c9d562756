// The platform's codes are read once, trimmed and upper-cased: a list or a push that says "rep", " d " or
// "return" means REP, D and RETURN everywhere after. A code Atelier does not know keeps, beside it, what came.
import { describe, expect, it } from "vitest";
import { readDossiers } from "@/lib/rma/read-dossiers";
import { fromWireDocument } from "@/lib/rma/mapping";

describe("reading the platform's codes", () => {
  it("normalises flow types, statuses, treatments and document types, and keeps unknown ones as sent", () => {
    const { dossiers, rejected } = readDossiers([
      { type: "rep", demand_number: "N1", current_status_code: " d ", quote_treatment: " return ", agreement_number: "AF1" },
      { type: " Pad", demand_number: "N2", current_status_code: "rmaok" },
      { type: "pms ", demand_number: "N3", current_status_code: "nouveau" },
    ]);
    expect(rejected).toEqual([]);
    expect(dossiers.map((d) => [d.type, d.statusCode, d.quoteTreatment])).toEqual([
      ["REP", "D", "RETURN"],
      ["PAD", "RMAOK", null],
      ["PMS", "NOUVEAU", null],
    ]);
    expect(dossiers[0]!.extra).toEqual({});
    expect(dossiers[2]!.extra).toEqual({ type: "pms", current_status_code: "nouveau" });
    expect(fromWireDocument({ type: " agreement", file_name: "a.pdf", file_content: "" }).type).toBe("AGREEMENT");
    expect(fromWireDocument({ type: null, file_name: "a.pdf", file_content: "" }).type).toBeNull();
  });
});
