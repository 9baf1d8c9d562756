// The reseller review's documents on both engines: the monthly statement's totals in cents (accepted quotes,
// closed repairs at their flat fee, a dossier returned twice billed once), its CSV, the flat fees refused
// at their field, and the scorecard's and the statement's PDF text as a reader sees it.
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossiers, flatFees, quotes, statusHistory } from "@/db/schema";
import { markDerivedStale, recomputeDerived } from "@/lib/dossiers/derived-pass";
import { flatFeeInput, listFlatFees, saveFlatFee } from "@/lib/indicators/flat-fees";
import { reviewInput } from "@/lib/indicators/figures";
import { scorecardPdfFor, statementPdfFor } from "@/lib/indicators/review";
import { statement, statementCsv } from "@/lib/indicators/statement";
import { ctxFor, freshDatabase, insertUser, type TestDatabase } from "../support/database";

const paris = (iso: string) => new Date(`${iso}+01:00`);
let database: TestDatabase;
let ctx: ReturnType<typeof ctxFor>;

async function dossier(n: string, type: string, moves: Array<[string, string]>, reseller = "FNAC") {
  await database.db.insert(dossiers).values({ demandNumber: n, type, statusCode: moves.at(-1)![0], resellerCode: reseller, statusChangedAt: paris(moves.at(-1)![1]), lastSeenAt: new Date() });
  for (const [status, at] of moves) await database.db.insert(statusHistory).values({ demandNumber: n, newStatus: status, at: paris(at), source: "sync" });
}
const text = async (pdf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text;

beforeAll(async () => {
  database = await freshDatabase();
  ctx = ctxFor(database.db, await insertUser(database.db, "manager"));
  await dossier("FNC-1", "REP", [["D", "2026-11-02T10:00:00"], ["RPR", "2026-11-06T10:00:00"]]);
  // Returned, sent back to the centre, returned again: billed once.
  await dossier("FNC-2", "PAD", [["D", "2026-11-02T10:00:00"], ["RPR", "2026-11-09T10:00:00"], ["D", "2026-11-10T10:00:00"], ["RPR", "2026-11-20T10:00:00"]]);
  await dossier("FNC-3", "PMS", [["D", "2026-11-03T10:00:00"], ["RPR", "2026-11-12T10:00:00"]]);
  await dossier("FNC-4", "REP", [["D", "2026-10-02T10:00:00"], ["RPR", "2026-10-06T10:00:00"]]);
  await dossier("BLG-1", "REP", [["D", "2026-11-02T10:00:00"], ["RPR", "2026-11-06T10:00:00"]], "BOULANGER");
  await database.db.insert(quotes).values([
    { demandNumber: "FNC-1", quoteNumber: "DV-2026-0001", lines: "[]", totalCents: 15_845, sentAt: paris("2026-11-03T10:00:00"), answer: "VDE", answeredAt: paris("2026-11-04T10:00:00") },
    { demandNumber: "FNC-3", quoteNumber: "DV-2026-0002", lines: "[]", totalCents: 9_990, sentAt: paris("2026-11-04T10:00:00"), answer: "VDE", answeredAt: paris("2026-11-05T10:00:00") },
    { demandNumber: "FNC-2", quoteNumber: "DV-2026-0003", lines: "[]", totalCents: 50_000, sentAt: paris("2026-11-04T10:00:00"), answer: "RDE", answeredAt: paris("2026-11-05T10:00:00") },
    { demandNumber: "BLG-1", quoteNumber: "DV-2026-0004", lines: "[]", totalCents: 70_000, sentAt: paris("2026-11-04T10:00:00"), answer: "VDE", answeredAt: paris("2026-11-05T10:00:00") },
  ]);
  await saveFlatFee({ ctx, input: flatFeeInput.parse({ resellerCode: "FNAC", flowType: "REP", amount: "40" }) });
  await saveFlatFee({ ctx, input: flatFeeInput.parse({ resellerCode: "FNAC", flowType: "pad", amount: "25,50" }) });
  // The history was written straight into its table: the figures are written as a start writes them.
  await markDerivedStale(database.db);
  await recomputeDerived(database.db);
});
afterAll(() => database.close());

describe("the monthly statement", () => {
  it("adds the accepted quotes and the flat fees of the closed repairs, in cents", async () => {
    const s = await statement(database.db, "FNAC", "2026-11");
    expect(s.quotes.map((q) => [q.quoteNumber, q.cents])).toEqual([["DV-2026-0001", 15_845], ["DV-2026-0002", 9_990]]);
    expect(s.repairs.map((r) => [r.demandNumber, r.type, r.cents])).toEqual([["FNC-1", "REP", 4_000], ["FNC-2", "PAD", 2_550], ["FNC-3", "PMS", null]]);
    expect(s.totals).toEqual({ quotes: 25_835, fees: 6_550, all: 32_385 });
    const csv = statementCsv(s).replace("\uFEFF", "").trim().split("\r\n");
    expect(csv.at(-1)).toBe("2026-11;FNAC;Total facturable;;;;;323,85");
    expect(csv).toContain("2026-11;FNAC;Forfait réparation;FNC-2;;PAD;09/11/2026;25,50");
  });

  it("keeps one fee a pair, saved again, and refuses an amount it cannot read", async () => {
    await saveFlatFee({ ctx, input: flatFeeInput.parse({ resellerCode: "FNAC", flowType: "REP", amount: "42,00 €" }) });
    expect((await listFlatFees(database.db)).map((f) => [f.resellerCode, f.flowType, f.cents])).toEqual([["FNAC", "PAD", 2_550], ["FNAC", "REP", 4_200]]);
    const refused = flatFeeInput.safeParse({ resellerCode: "FNAC", flowType: "REP", amount: "quarante" });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["amount", "Un montant en euros, par exemple 45,00"]]);
    expect((await database.db.select().from(flatFees)).length).toBe(2);
  });

  it("prints the statement and the scorecard with their figures", async () => {
    const now = paris("2026-12-01T09:00:00");
    const statementText = await text(await statementPdfFor(database.db, "FNAC", "2026-11", now));
    expect(statementText).toContain("Relevé facturable FNAC — 2026-11");
    expect(statementText).toContain("DV-2026-0001");
    expect(statementText).toMatch(/Total facturable\s*325,85\s*€/);
    const scorecard = await text(await scorecardPdfFor(database.db, reviewInput.parse({ reseller: "FNAC", month: "2026-11" }), now));
    expect(scorecard).toContain("Bilan FNAC — 2026-11");
    expect(scorecard).toMatch(/Retournés \(RPR\)\s*3/);
    expect(scorecard).toMatch(/Devis acceptés\s*2 \/ 3 \(67 %\)/);
    expect(scorecard).not.toContain("BLG-1");
  });
});
