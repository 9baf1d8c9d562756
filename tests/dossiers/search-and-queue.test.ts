import { beforeAll, describe, expect, it } from "vitest";
import { upsertFromPlatform } from "@/lib/dossiers/mirror";
import { listDossiers } from "@/lib/dossiers/list-dossiers";
import { parseQueueFilters, queueSearchParams } from "@/lib/dossiers/queue-filters";
import { exactMatch, searchDossiers } from "@/lib/dossiers/search";
import type { Dossier } from "@/lib/rma/model";
import { usesPostgres } from "@/db";
import { freshDatabase } from "../support/database";

const base: Dossier = {
  type: "REP", demandNumber: "", agreementNumber: null, createdAt: "2026-11-01 10:00:00", statusCode: "RMAD", statusLabel: null, statusComment: null,
  purchaseDate: null, serialNumber: null, imeiNumber: null, ean: null, partNumber: null, brand: "Samsung", problemDescription: null, faultCode: null,
  returnTo: null, resellerCode: "AUCHAN", siteName: null, siteMail: null, siteCode: null, siteStreet: null, siteStreetNumber: null, siteAddressCompl: null,
  siteZipCode: null, siteCity: null, siteCountry: null, clientName: null, clientMail: null, quoteTreatment: null, trackingNumber: null, carrierName: null, extra: {},
};

const { db } = await freshDatabase();
beforeAll(async () => {
  await upsertFromPlatform(db, [
    { ...base, demandNumber: "ACH-9001-0001", serialNumber: "R58N123ABC", imeiNumber: "354678110000001", ean: "8806094000001", clientName: "Lefèvre Hélène", clientMail: "helene.lefevre@orange.fr" },
    { ...base, demandNumber: "ACH-9001-0002", serialNumber: "R58N999XYZ", clientName: "Dupont Jean", clientMail: "jean_dupont@toulouse.fr", type: "PAD", statusCode: "D", createdAt: "2026-10-01 10:00:00" },
    { ...base, demandNumber: "CRF-8000-0004", serialNumber: "SN-CRF-4", clientName: "Noël Zoé", brand: "Apple", resellerCode: "CARREFOUR", statusCode: "EDE", createdAt: "2026-11-20 08:00:00" },
  ], new Date("2026-11-28T12:00:00"), "sync");
});

describe("search", () => {
  it("ignores case and accents", async () => {
    expect((await searchDossiers(db, "helene")).map((h) => h.demandNumber)).toEqual(["ACH-9001-0001"]);
    expect((await searchDossiers(db, "HÉLÈNE lefevre")).map((h) => h.demandNumber)).toEqual(["ACH-9001-0001"]);
    expect((await searchDossiers(db, "noel")).map((h) => h.demandNumber)).toEqual(["CRF-8000-0004"]);
  });

  it("matches numbers, serials by prefix, EAN, IMEI and mails", async () => {
    expect((await searchDossiers(db, "R58N")).map((h) => h.demandNumber).sort()).toEqual(["ACH-9001-0001", "ACH-9001-0002"]);
    expect((await searchDossiers(db, "8806094000001"))[0]?.demandNumber).toBe("ACH-9001-0001");
    expect((await searchDossiers(db, "jean_dupont@toulouse.fr"))[0]?.demandNumber).toBe("ACH-9001-0002");
    expect((await searchDossiers(db, "crf-8000")).map((h) => h.demandNumber)).toEqual(["CRF-8000-0004"]);
  });

  it.each(['"', "*", "-", "()", "(", "é", "\u0301", "NEAR(", 'a" OR "b', "AND", "^", "''", "%", "\\"])("never fails on %j", async (input) => {
    await searchDossiers(db, input);
    await exactMatch(db, input);
  });

  it("gives the newest matches first, however few are asked for", async () => {
    // Newest: by creation date on PostgreSQL (its first look is the newest dossiers), by arrival in the
    // mirror with FTS5 (its index's order).
    const newest = usesPostgres() ? ["ACH-9001-0001", "ACH-9001-0002"] : ["ACH-9001-0002", "ACH-9001-0001"];
    expect((await searchDossiers(db, "r58n", 1)).map((h) => h.demandNumber)).toEqual(newest.slice(0, 1));
    expect((await searchDossiers(db, "r58n", 2)).map((h) => h.demandNumber)).toEqual(newest);
    expect((await searchDossiers(db, "r58n", 3)).map((h) => h.demandNumber)).toEqual(newest);
  });

  it("finds the one dossier a scan names exactly, whatever the case", async () => {
    expect(await exactMatch(db, "r58n123abc")).toBe("ACH-9001-0001");
    expect(await exactMatch(db, " ach-9001-0002 ")).toBe("ACH-9001-0002");
    expect(await exactMatch(db, "354678110000001")).toBe("ACH-9001-0001");
    expect(await exactMatch(db, "R58N")).toBeNull();
  });
});

describe("queue", () => {
  const aging = { warnDays: 7, alertDays: 14 };
  const now = new Date("2026-11-28T12:00:00");

  it("filters by phase, status, type, reseller and brand, with counts per status", async () => {
    expect((await listDossiers(db, parseQueueFilters({ phase: "devis" }), aging, now)).rows.map((r) => r.demandNumber)).toEqual(["CRF-8000-0004"]);
    expect((await listDossiers(db, parseQueueFilters({ type: "PAD" }), aging, now)).rows.map((r) => r.demandNumber)).toEqual(["ACH-9001-0002"]);
    expect((await listDossiers(db, parseQueueFilters({ reseller: "AUCHAN", brand: "Samsung" }), aging, now)).total).toBe(2);
    expect((await listDossiers(db, parseQueueFilters({ status: "D" }), aging, now)).total).toBe(1);
    expect((await listDossiers(db, parseQueueFilters({ reseller: "AUCHAN" }), aging, now)).statusCounts).toEqual({ RMAD: 1, D: 1 });
  });

  it("sorts by age and computes ages and the aging warning", async () => {
    const page = await listDossiers(db, parseQueueFilters({}), aging, now);
    expect(page.rows.map((r) => r.demandNumber)).toEqual(["ACH-9001-0002", "ACH-9001-0001", "CRF-8000-0004"]);
    expect((await listDossiers(db, parseQueueFilters({ sort: "newest" }), aging, now)).rows[0]?.demandNumber).toBe("CRF-8000-0004");
    const rmad = page.rows.find((r) => r.demandNumber === "ACH-9001-0001")!;
    expect([rmad.daysOpen, rmad.daysInStatus, rmad.aging]).toEqual([27, 27, "alert"]);
    expect(page.rows.find((r) => r.demandNumber === "CRF-8000-0004")?.aging).toBe("ok");
  });

  it("keeps its state in the URL, ignoring junk", async () => {
    const filters = parseQueueFilters({ phase: "devis", type: "REP", sort: "stale", page: "2", status: "NOPE" });
    expect(filters).toMatchObject({ phase: "devis", type: "REP", sort: "stale", page: 2, status: undefined });
    expect(queueSearchParams(filters).toString()).toBe("phase=devis&type=REP&sort=stale&page=2");
    expect(parseQueueFilters(queueSearchParams(filters))).toEqual(filters);
  });
});
