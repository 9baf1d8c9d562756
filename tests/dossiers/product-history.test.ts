// A product's history, on both engines: the other dossiers of its serial or its IMEI with how each ended and
// when it went back, and the warning when it comes back within 90 days, on the dossier and at reception.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appSettings, dossiers, statusHistory } from "@/db/schema";
import { productView } from "@/lib/dossiers/product-history";
import { lookupScan } from "@/lib/dossiers/reception";
import { freshDatabase } from "../support/database";

let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

const at = (day: string) => new Date(`${day}T10:00:00Z`);
async function dossier(n: string, opened: string, fields: { serial?: string; imei?: string; status?: string }) {
  await database.db.insert(dossiers).values({ demandNumber: n, type: "REP", statusCode: fields.status ?? "RMAD", serialNumber: fields.serial ?? null, imeiNumber: fields.imei ?? null, createdAt: at(opened), statusChangedAt: at(opened), lastSeenAt: at(opened) });
}
async function moved(n: string, status: string, day: string) {
  await database.db.insert(statusHistory).values({ demandNumber: n, oldStatus: null, newStatus: status, at: at(day), source: "sync" });
}
const viewOf = async (n: string, serial: string | null, imei: string | null, opened: string) => productView(database.db, { demandNumber: n, serialNumber: serial, imeiNumber: imei, createdAt: at(opened) });

describe("a product's history", () => {
  beforeEach(async () => {
    await dossier("ACH-1", "2026-06-01", { serial: "R58M123456", status: "RPR" });
    await moved("ACH-1", "PRRE", "2026-06-10");
    await moved("ACH-1", "RPR", "2026-06-12");
    await dossier("FNC-2", "2026-09-01", { imei: "356789012345678", status: "RPR" });
    await moved("FNC-2", "PRIR", "2026-09-05");
    await moved("FNC-2", "RPR", "2026-09-06");
    await dossier("BLG-3", "2026-03-01", { serial: "AUTRE-0001", status: "RPR" });
  });

  it("finds the same serial, says how it ended, and warns of a return within 90 days", async () => {
    await dossier("CRF-9", "2026-08-20", { serial: "R58M123456" });
    const view = await viewOf("CRF-9", "R58M123456", null, "2026-08-20");
    expect(view.history).toEqual([expect.objectContaining({ demandNumber: "ACH-1", outcome: "PRRE", by: "serial", returnedAt: at("2026-06-12") })]);
    expect(view.repeat).toBe("Retour sous 90 jours : ACH-1 réparé le 12 juin 2026");
    // 91 days after: history, no warning.
    expect((await viewOf("CRF-9", "R58M123456", null, "2026-09-11")).repeat).toBeNull();
  });

  it("finds the same IMEI, and the warning follows the setting", async () => {
    await dossier("CRF-8", "2026-10-01", { imei: "356789012345678" });
    expect((await viewOf("CRF-8", null, "356789012345678", "2026-10-01")).repeat).toBe("Retour sous 90 jours : FNC-2 déclaré irréparable le 6 sept. 2026");
    await database.db.insert(appSettings).values({ key: "repeat.days", value: "20" });
    expect((await viewOf("CRF-8", null, "356789012345678", "2026-10-01")).repeat).toBeNull();
    expect((await viewOf("CRF-8", null, "356789012345678", "2026-10-01")).history).toHaveLength(1);
  });

  it("shows the warning at the reception desk, and nothing for a product never seen", async () => {
    await dossier("CRF-7", "2026-07-01", { serial: "R58M123456" });
    await dossier("CRF-6", "2026-07-01", { serial: "NEUF-12345" });
    expect((await lookupScan(database.db, "CRF-7"))[0]!.repeat).toBe("Retour sous 90 jours : ACH-1 réparé le 12 juin 2026");
    expect((await lookupScan(database.db, "CRF-6"))[0]!.repeat).toBeNull();
    expect((await viewOf("CRF-6", "NEUF-12345", null, "2026-07-01")).history).toEqual([]);
  });
});
