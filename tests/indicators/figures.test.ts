// The reseller review's figures on a known month, on both engines: turnaround from D to RPR in working days
// (11 November is a holiday), its median and 90th percentile, the share within the reseller's deadline,
// outcomes, quote answers, repeat repairs by serial and by IMEI, and the CSV that carries them. The rows are
// written straight into the tables, as a release before the figures left them: the pass at start writes the
// figures, and a status change then moves them as the full pass would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadlineRules, dossiers, quotes, statusHistory } from "@/db/schema";
import { indicatorsCsv } from "@/lib/indicators/csv";
import { derivedPending, markDerivedStale, recomputeDerived } from "@/lib/dossiers/derived-pass";
import { applyLocalChange } from "@/lib/dossiers/mirror";
import { figureDossiers, indicatorFilters, indicators, type Figure, type Indicators } from "@/lib/indicators/figures";
import { percentile } from "@/lib/indicators/percentiles";
import { freshDatabase, type TestDatabase } from "../support/database";

/** Paris, autumn 2026: UTC+2 until 25 October, UTC+1 after. */
const paris = (iso: string) => new Date(`${iso}${iso < "2026-10-25" ? "+02:00" : "+01:00"}`);

let database: TestDatabase;
let figures: Indicators;

async function dossier(n: string, reseller: string, moves: Array<[string, string]>, product: { serial?: string; imei?: string; created?: string } = {}) {
  await database.db.insert(dossiers).values({
    demandNumber: n,
    type: "REP",
    statusCode: moves.at(-1)![0],
    resellerCode: reseller,
    serialNumber: product.serial ?? null,
    imeiNumber: product.imei ?? null,
    createdAt: paris(product.created ?? moves[0]![1]),
    statusChangedAt: paris(moves.at(-1)![1]),
    lastSeenAt: new Date(),
  });
  let previous: string | null = null;
  for (const [status, at] of moves) {
    await database.db.insert(statusHistory).values({ demandNumber: n, oldStatus: previous, newStatus: status, at: paris(at), source: "sync" });
    previous = status;
  }
}

beforeAll(async () => {
  database = await freshDatabase();
  await database.db.insert(deadlineRules).values({ resellerCode: "BOULANGER", flowType: null, fromStatus: "D", toStatuses: '["RPR"]', limit: 5, unit: "working_days", createdAt: new Date() });
  // 4 working days; 4 (across 11 November); 9 (late against 5).
  await dossier("BLG-A", "BOULANGER", [["D", "2026-11-02T10:00:00"], ["PRRE", "2026-11-05T10:00:00"], ["RPR", "2026-11-06T10:00:00"]]);
  await dossier("BLG-B", "BOULANGER", [["D", "2026-11-09T10:00:00"], ["RPR", "2026-11-16T10:00:00"]]);
  await dossier("BLG-C", "BOULANGER", [["D", "2026-11-02T09:00:00"], ["EDE", "2026-11-03T09:00:00"], ["RDE", "2026-11-05T09:00:00"], ["RPR", "2026-11-16T09:00:00"]]);
  // Received, found irreparable; and one received in October, returned in November (no Fnac rule).
  await dossier("FNC-D", "FNAC", [["D", "2026-11-03T10:00:00"], ["PRIR", "2026-11-05T10:00:00"]]);
  await dossier("FNC-E", "FNAC", [["D", "2026-10-31T10:00:00"], ["RPR", "2026-11-04T10:00:00"]]);
  // The same product back within 90 days, once by serial, once by IMEI; and one back after 90 days.
  await dossier("AUC-F", "AUCHAN", [["D", "2026-10-01T10:00:00"], ["RPR", "2026-10-20T10:00:00"]], { serial: "SN-1", imei: "350000000000001" });
  await dossier("AUC-G", "AUCHAN", [["D", "2026-11-05T10:00:00"]], { serial: "SN-1", created: "2026-11-01T10:00:00" });
  await dossier("AUC-H", "AUCHAN", [["D", "2026-11-06T10:00:00"]], { imei: "350000000000001", created: "2026-11-02T10:00:00" });
  await dossier("AUC-I", "AUCHAN", [["D", "2026-05-01T10:00:00"], ["RPR", "2026-06-01T10:00:00"]], { serial: "SN-2" });
  await dossier("AUC-J", "AUCHAN", [["D", "2026-11-10T10:00:00"]], { serial: "SN-2", created: "2026-11-09T10:00:00" });
  await database.db.insert(quotes).values([
    { demandNumber: "FNC-D", quoteNumber: "DV-1", lines: "[]", totalCents: 100, sentAt: paris("2026-11-03T12:00:00"), answer: "VDE", answeredAt: paris("2026-11-04T12:00:00") },
    { demandNumber: "BLG-C", quoteNumber: "DV-2", lines: "[]", totalCents: 100, sentAt: paris("2026-11-03T09:00:00"), answer: "RDE", treatment: "DESTRUCT", answeredAt: paris("2026-11-05T09:00:00") },
  ]);
  // What a start does for a database whose figures were never written.
  await markDerivedStale(database.db);
  await recomputeDerived(database.db);
  figures = await indicators(database.db, NOVEMBER);
});
afterAll(() => database.close());

const NOVEMBER = indicatorFilters.parse({ month: "2026-11" });
const group = (key: string) => figures.groups.find((g) => g.key === key)!;
/** The dossiers behind one number, as its link lists them; and that number is their count. */
async function list(figure: Figure, key = ""): Promise<string[]> {
  const { numbers, count } = await figureDossiers(database.db, NOVEMBER, figure, key);
  expect(count).toBe(numbers.length);
  expect((key ? group(key) : figures.total).counts[figure]).toBe(count);
  return numbers;
}

describe("the month's figures", () => {
  it("takes the median and the 90th percentile by nearest rank", () => {
    expect(percentile([9, 4, 4], 0.5)).toBe(4);
    expect(percentile([9, 4, 4], 0.9)).toBe(9);
    expect(percentile([2.4, 4, 4, 9], 0.5)).toBe(4);
    expect(percentile([], 0.5)).toBeNull();
  });

  it("counts received and returned per reseller, with the turnaround in working days", async () => {
    expect(figures.groups.map((g) => g.key)).toEqual(["AUCHAN", "BOULANGER", "FNAC"]);
    expect(await list("received", "BOULANGER")).toEqual(["BLG-A", "BLG-B", "BLG-C"]);
    expect(await list("returned", "BOULANGER")).toEqual(["BLG-A", "BLG-B", "BLG-C"]);
    expect(group("BOULANGER").turnaround).toEqual({ median: 4, p90: 9 });
    expect(await list("received", "FNAC")).toEqual(["FNC-D"]);
    expect(await list("returned", "FNAC")).toEqual(["FNC-E"]);
    // Saturday 31 October 10:00 to Wednesday 4 November 10:00: Monday, Tuesday and ten hours.
    expect(group("FNAC").turnaround.median).toBe(2.4);
    expect(figures.total.turnaround).toEqual({ median: 4, p90: 9 });
  });

  it("judges each return against its reseller's deadline, and only where there is one", async () => {
    expect(await list("inTime", "BOULANGER")).toEqual(["BLG-A", "BLG-B"]);
    expect(await list("late", "BOULANGER")).toEqual(["BLG-C"]);
    expect(await list("inTime", "FNAC")).toEqual([]);
    expect(await list("late", "FNAC")).toEqual([]);
  });

  it("counts outcomes and quote answers", async () => {
    expect(await list("repaired", "BOULANGER")).toEqual(["BLG-A"]);
    expect(await list("irreparable", "FNAC")).toEqual(["FNC-D"]);
    expect(await list("quotesAnswered")).toEqual(["BLG-C", "FNC-D"]);
    expect(await list("quotesAccepted")).toEqual(["FNC-D"]);
    expect(await list("destroyed")).toEqual(["BLG-C"]);
    expect(figures.total.answerHours.median).toBe(24);
  });

  it("finds repeat repairs by serial and by IMEI within 90 days, not after", async () => {
    expect(await list("repeats", "AUCHAN")).toEqual(["AUC-G", "AUC-H"]);
  });

  it("narrows to one reseller, and writes the CSV a spreadsheet opens", async () => {
    const fnac = await indicators(database.db, indicatorFilters.parse({ month: "2026-11", reseller: "FNAC" }));
    expect(fnac.groups.map((g) => g.key)).toEqual(["FNAC"]);
    const csv = indicatorsCsv(figures, "Revendeur");
    const lines = csv.replace("\uFEFF", "").trim().split("\r\n");
    expect(lines[0]!.split(";").slice(0, 4)).toEqual(["Mois", "Revendeur", "Reçus (D)", "Retournés (RPR)"]);
    expect(lines.find((l) => l.includes(";BOULANGER;"))!.split(";").slice(0, 8)).toEqual(["2026-11", "BOULANGER", "3", "3", "4", "9", "2", "3"]);
    expect(lines.at(-1)!.split(";").slice(0, 6)).toEqual(["2026-11", "Total", "7", "4", "4", "9"]);
  });

  it("moves the month's sums with a status change as the full pass would count them", async () => {
    await database.db.transaction((tx) => applyLocalChange(tx, { demandNumber: "FNC-D", userId: 0, at: paris("2026-11-20T10:00:00"), status: "RPR" }));
    const moved = await indicators(database.db, NOVEMBER);
    const fnac = moved.groups.find((g) => g.key === "FNAC")!;
    expect(fnac.counts.returned).toBe(2);
    // 3 November 10:00 to Friday 20 November 10:00, less 11 November: 12 working days.
    expect(fnac.turnaround.p90).toBe(12);
    await markDerivedStale(database.db);
    await recomputeDerived(database.db);
    expect(await derivedPending(database.db)).toBe(false);
    expect(await indicators(database.db, NOVEMBER)).toEqual(moved);
  });
});
