// Where every product is, on both engines: places refused at their field, putting away by scan (a place then
// products, a product then its place), every move kept, the queue filtered by place, a shelf's inventory,
// a product returned to its client leaving its place by itself, and the labels a scanner reads back.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossiers, locationMoves, locations } from "@/db/schema";
import { listDossiers } from "@/lib/dossiers/list-dossiers";
import { applyLocalChange } from "@/lib/dossiers/mirror";
import { parseQueueFilters } from "@/lib/dossiers/queue-filters";
import { ServiceError } from "@/lib/errors";
import { dossierLocation, inventoryDifferences, moveDossier, putAway, putAwayInput } from "@/lib/locations/moves";
import { addLocation, deleteLocation, locationInput, locationLabels } from "@/lib/locations/places";
import { barcodesOf } from "../../e2e/support/barcodes";
import { ctxFor, freshDatabase, insertUser, type TestDatabase } from "../support/database";

let database: TestDatabase;
let ctx: ReturnType<typeof ctxFor>;
const AGING = { warnDays: 7, alertDays: 14 };

async function dossier(n: string, status = "D", serial: string | null = null) {
  await database.db.insert(dossiers).values({ demandNumber: n, type: "REP", statusCode: status, serialNumber: serial, statusChangedAt: new Date(), lastSeenAt: new Date() });
}
const scan = (text: string, state: { location: string | null; pending: string[] } = { location: null, pending: [] }) => putAway({ ctx, input: putAwayInput.parse({ text, ...state }) });
const placeOf = async (n: string) => (await database.db.select({ code: locations.code }).from(dossiers).leftJoin(locations, eq(locations.id, dossiers.locationId)).where(eq(dossiers.demandNumber, n)))[0]?.code ?? null;

beforeAll(async () => {
  database = await freshDatabase();
  ctx = ctxFor(database.db, await insertUser(database.db, "technician"));
  for (const [code, label] of [["b-03", "Étagère B, niveau 3"], ["A-01", "Étagère A, niveau 1"]] as const) await addLocation({ ctx, input: locationInput.parse({ code, label, kind: "shelf" }) });
  await dossier("ACH-1", "D", "SN-ACH-1");
  await dossier("ACH-2", "IEXP");
  await dossier("ACH-3", "PRRE");
  await dossier("ACH-4", "RPR");
});
afterAll(() => database.close());

describe("places", () => {
  it("refuses a code that is not letters, digits and dashes, and a code already used, changing nothing", async () => {
    expect(locationInput.safeParse({ code: "B 03!", label: "x", kind: "shelf" }).error?.issues[0]?.message).toBe("De 1 à 20 lettres, chiffres ou tirets");
    const taken = await addLocation({ ctx, input: locationInput.parse({ code: "B-03", label: "Autre", kind: "bin" }) }).catch((e: unknown) => e);
    expect((taken as ServiceError).fieldErrors).toEqual({ code: "Ce code est déjà utilisé" });
    expect((await database.db.select().from(locations)).map((l) => l.code).sort()).toEqual(["A-01", "B-03"]);
  });
});

describe("putting away by scan", () => {
  it("a place, then products by their number or serial: each one moved there, with its move", async () => {
    const chosen = await scan("B-03");
    expect(chosen).toMatchObject({ location: { code: "B-03" }, message: "Emplacement B-03 choisi", ok: true });
    expect((await scan("ACH-1", { location: "B-03", pending: [] })).message).toBe("ACH-1 rangé en B-03");
    expect((await scan("sn-ach-1", { location: "B-03", pending: [] })).message).toBe("ACH-1 est déjà en B-03");
    expect(await placeOf("ACH-1")).toBe("B-03");
  });

  it("a product first waits for its place; the place's scan puts it there", async () => {
    const held = await scan("ACH-2");
    expect(held).toMatchObject({ location: null, pending: ["ACH-2"], message: "ACH-2 : scannez maintenant son emplacement" });
    const placed = await scan("a-01", { location: null, pending: held.pending });
    expect(placed).toMatchObject({ location: { code: "A-01" }, pending: [], message: "ACH-2 rangé en A-01" });
    expect(await placeOf("ACH-2")).toBe("A-01");
  });

  it("refuses an unknown code and a product already returned, moving nothing", async () => {
    expect(await scan("NOPE-42", { location: "B-03", pending: [] })).toMatchObject({ ok: false, message: "« NOPE-42 » n'est ni un emplacement ni un dossier connu" });
    expect(await scan("ACH-4", { location: "B-03", pending: [] })).toMatchObject({ ok: false, message: "ACH-4 a déjà été retourné au client" });
    expect(await placeOf("ACH-4")).toBeNull();
  });

  it("keeps every move with who and when, and the queue finds what is on a shelf", async () => {
    await moveDossier({ ctx, input: { demandNumber: "ACH-1", code: "A-01" } });
    const { place, moves } = await dossierLocation(database.db, "ACH-1", (await database.db.select().from(dossiers).where(eq(dossiers.demandNumber, "ACH-1")))[0]!.locationId);
    expect(place).toEqual({ code: "A-01", label: "Étagère A, niveau 1" });
    expect(moves.map((m) => [m.from, m.to, m.reason, m.userId])).toEqual([["B-03", "A-01", "inventory", ctx.user.id], [null, "B-03", "put_away", ctx.user.id]]);
    const shelf = await listDossiers(database.db, parseQueueFilters({ location: "a-01" }), AGING);
    expect(shelf.rows.map((r) => [r.demandNumber, r.location])).toEqual([["ACH-1", "A-01"], ["ACH-2", "A-01"]]);
    expect(shelf.total).toBe(2);
  });
});

describe("a shelf's inventory", () => {
  it("lists what was expected and not seen, and what was seen and is placed elsewhere", async () => {
    await moveDossier({ ctx, input: { demandNumber: "ACH-3", code: "B-03" } });
    const found = await inventoryDifferences(database.db, "A-01", ["ACH-1", "ACH-3"]);
    expect(found).toEqual({ place: { code: "A-01", label: "Étagère A, niveau 1" }, missing: ["ACH-2"], extra: [{ n: "ACH-3", at: "B-03" }] });
  });
});

describe("a product returned to its client", () => {
  it("leaves its place by itself, with a move that says so", async () => {
    await database.db.transaction((tx) => applyLocalChange(tx, { demandNumber: "ACH-3", userId: ctx.user.id, at: new Date(), status: "RPR" }));
    expect(await placeOf("ACH-3")).toBeNull();
    const last = (await database.db.select().from(locationMoves).where(eq(locationMoves.demandNumber, "ACH-3"))).at(-1)!;
    expect([last.toLocation, last.reason]).toEqual([null, "shipped"]);
  });

  it("a place that still holds products cannot be deleted", async () => {
    const [a01] = await database.db.select().from(locations).where(eq(locations.code, "A-01"));
    await expect(deleteLocation({ ctx, input: { id: a01!.id } })).rejects.toThrow("Cet emplacement contient encore 2 produits");
  });
});

describe("labels", () => {
  it("print each code as a Code 128 that a scanner reads back", async () => {
    const pdf = await locationLabels(database.db, { size: "a4" }, new Date());
    const codes = barcodesOf(pdf)[0]!.sort();
    expect(codes).toEqual(["CODE-128:A-01", "CODE-128:B-03"]);
  });
});
