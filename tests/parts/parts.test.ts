// Parts for a repair, on both engines: a line's states and who moved it, whole units only, stock that a
// receipt raises and a fitting lowers, gap-free order numbers, receiving by scan, notifications once, and
// two people receiving the same line at once counting it once.
import { eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dossiers, events, notifications, partLines, priceList, stockMovements } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { addSupplier, correctStock } from "@/lib/parts/catalogue";
import { addPartInput, receiveLineInput } from "@/lib/parts/inputs";
import { addPart, receivePart, stepPart } from "@/lib/parts/lines";
import { createOrder, markOrderSent } from "@/lib/parts/orders";
import { dossierParts, underMinimum, waitingParts } from "@/lib/parts/queries";
import { receiveScan } from "@/lib/parts/receiving";
import { orderCsvFor, orderPdfFor } from "@/lib/parts/order-documents";
import { addPrice, importPrices, listPrices, priceEntryInput, pricesCsv } from "@/lib/parts/price-list";
import { ctxFor, freshDatabase, insertUser } from "../support/database";

let database: Awaited<ReturnType<typeof freshDatabase>>;
let ctx: Ctx;
let other: Ctx;
let supplierId: number;
let articleId: number;

async function dossier(n: string) {
  await database.db.insert(dossiers).values({ demandNumber: n, type: "REP", statusCode: "IEXP", statusChangedAt: new Date(), lastSeenAt: new Date() });
}
const add = (input: Record<string, unknown>) => addPart({ ctx, input: addPartInput.parse({ demandNumber: "ACH-1", quantity: "1", ...input }) });
const stockOf = async (id = articleId) => (await database.db.select().from(priceList).where(eq(priceList.id, id)))[0]!.stock;

beforeEach(async () => {
  database = await freshDatabase();
  const tech = await insertUser(database.db, "technician");
  const manager = await insertUser(database.db, "manager");
  ctx = ctxFor(database.db, tech, new Date("2026-12-01T09:00:00Z"));
  other = ctxFor(database.db, manager, new Date("2026-12-01T09:00:00Z"));
  supplierId = (await addSupplier({ ctx: other, input: { name: "PiècesPro", email: "", leadDays: 3 } })).id;
  articleId = (await addPrice({ ctx: other, input: priceEntryInput.parse({ label: "Dalle écran", price: "120", brand: "", reference: "ECR-55", ean: "3700000000017", supplierId: String(supplierId), stock: "0", minStock: "1" }) })).id;
  await dossier("ACH-1");
  await dossier("ACH-2");
});
afterEach(() => database.close());

describe("a dossier's parts", () => {
  it("goes à commander → commandée → reçue → posée, with who and when, and the stock back where it was", async () => {
    const { lineId } = await add({ article: "ECR-55", quantity: "2" });
    const order = await createOrder({ ctx, input: { supplierId } });
    expect(order).toMatchObject({ number: "CMD-2026-0001", lines: 1 });
    let [line] = await dossierParts(database.db, "ACH-1");
    expect(line).toMatchObject({ state: "ordered", supplierName: "PiècesPro", orderNumber: "CMD-2026-0001", label: "Dalle écran", reference: "ECR-55" });
    expect(line!.expectedAt).toEqual(new Date("2026-12-04T09:00:00Z"));
    expect(line!.who.ordered).toBe("Nom technician");

    await receivePart({ ctx: other, input: { lineId, quantity: 1 } });
    expect((await dossierParts(database.db, "ACH-1"))[0]).toMatchObject({ state: "ordered", receivedQuantity: 1 });
    await receivePart({ ctx: other, input: { lineId, quantity: 1 } });
    [line] = await dossierParts(database.db, "ACH-1");
    expect(line).toMatchObject({ state: "received", receivedQuantity: 2 });
    expect(line!.who.received).toBe("Nom manager");
    expect(await stockOf()).toBe(2);

    await stepPart("fit")({ ctx, input: { lineId } });
    expect((await dossierParts(database.db, "ACH-1"))[0]).toMatchObject({ state: "fitted" });
    expect(await stockOf()).toBe(0);
    const moves = await database.db.select().from(stockMovements).where(eq(stockMovements.articleId, articleId));
    expect(moves.map((m) => [m.reason, m.delta])).toEqual([["received", 1], ["received", 1], ["fitted", -2]]);
  });

  it("refuses fractions and negatives, an unknown article, more than ordered, and fitting what is not received, changing nothing", async () => {
    for (const quantity of ["1,5", "-1", "0", "abc", "1000"]) expect(addPartInput.safeParse({ demandNumber: "ACH-1", quantity }).error?.issues[0]?.message).toBe("Une quantité en unités entières, de 1 à 999");
    await expect(add({ article: "INCONNU-1" })).rejects.toMatchObject({ fieldErrors: { article: "Cet article n'est pas dans le catalogue" } });
    await expect(add({ demandNumber: "NOPE-1" })).rejects.toThrow("Ce dossier n'existe pas");
    const { lineId } = await add({ article: "ECR-55" });
    await expect(stepPart("fit")({ ctx, input: { lineId } })).rejects.toThrow("Une pièce ne peut être posée qu'une fois reçue");
    await expect(receivePart({ ctx, input: receiveLineInput.parse({ lineId, quantity: "2" }) })).rejects.toThrow("Plus que commandé : il reste 1 à recevoir");
    await expect(add({ article: "ECR-55", fromStock: true })).rejects.toMatchObject({ fieldErrors: { quantity: "Stock insuffisant : 0 disponible(s)" } });
    await add({ article: "3700000000017" }); // by its EAN, as a scanner types it
    await stepPart("cancel")({ ctx, input: { lineId: (await dossierParts(database.db, "ACH-1"))[1]!.id } });
    expect((await dossierParts(database.db, "ACH-1")).map((l) => [l.state, l.receivedQuantity])).toEqual([["to_order", 0], ["cancelled", 0]]);
    expect(await stockOf()).toBe(0);
  });

  it("takes a part from the stock only when one is not already promised to another dossier", async () => {
    await correctStock({ ctx: other, input: { articleId, delta: 1 } });
    await add({ article: "ECR-55", fromStock: true });
    await expect(add({ demandNumber: "ACH-2", article: "ECR-55", fromStock: true })).rejects.toThrow("Stock insuffisant : 0 disponible(s)");
    const [line] = await dossierParts(database.db, "ACH-1");
    await stepPart("fit")({ ctx, input: { lineId: line!.id } });
    expect(await stockOf()).toBe(0);
    // Under its minimum (1): the managers hear of it once.
    const low = await database.db.select().from(events).where(eq(events.type, "stock_low"));
    expect(low).toHaveLength(1);
    expect(await underMinimum(database.db)).toEqual([expect.objectContaining({ id: articleId })]);
  });
});

describe("supplier orders and receiving", () => {
  it("numbers orders without a gap, even asked for at once, and an order without lines takes no number", async () => {
    const second = (await addSupplier({ ctx: other, input: { name: "Écrans & Co", email: "commandes@ecrans.fr", leadDays: 5 } })).id;
    await add({ label: "Nappe", supplierId: String(supplierId) });
    await add({ label: "Batterie", supplierId: String(second) });
    await expect(createOrder({ ctx, input: { supplierId: 9999 } })).rejects.toThrow("Ce fournisseur n'existe pas");
    const orders = await Promise.all([createOrder({ ctx, input: { supplierId } }), createOrder({ ctx: other, input: { supplierId: second } })]);
    expect(orders.map((o) => o.number).sort()).toEqual(["CMD-2026-0001", "CMD-2026-0002"]);
    await expect(createOrder({ ctx, input: { supplierId } })).rejects.toThrow("Aucune pièce à commander chez ce fournisseur");
    await add({ label: "Vis", supplierId: String(supplierId) });
    expect((await createOrder({ ctx, input: { supplierId } })).number).toBe("CMD-2026-0003");
    await markOrderSent({ ctx, input: { orderId: orders[0]!.orderId } });
    await expect(markOrderSent({ ctx, input: { orderId: orders[0]!.orderId } })).rejects.toThrow("Cette commande est déjà envoyée");
  });

  it("a scanned order number receives its lines; a scanned EAN one unit; the dossier's people are told once", async () => {
    await add({ article: "ECR-55" });
    await add({ demandNumber: "ACH-2", label: "Nappe", supplierId: String(supplierId) });
    const { number } = await createOrder({ ctx, input: { supplierId } });
    const { received } = await receiveScan({ ctx, input: { code: number.toLowerCase() } });
    expect(received.map((r) => [r.demandNumber, r.quantity, r.complete])).toEqual([["ACH-1", 1, true], ["ACH-2", 1, true]]);
    await expect(receiveScan({ ctx, input: { code: number } })).rejects.toThrow(`Aucune commande ni aucun article en attente pour « ${number} »`);
    const told = await database.db.select().from(events).where(eq(events.type, "part_received"));
    expect(told.map((e) => e.demandNumber).sort()).toEqual(["ACH-1", "ACH-2"]);
    expect((await database.db.select().from(notifications)).length).toBe(4); // two people, two dossiers

    await add({ article: "ECR-55", quantity: "2" });
    await createOrder({ ctx, input: { supplierId } });
    expect((await receiveScan({ ctx, input: { code: "3700000000017" } })).received).toEqual([expect.objectContaining({ quantity: 1, complete: false })]);
    expect((await receiveScan({ ctx, input: { code: "ECR-55" } })).received).toEqual([expect.objectContaining({ quantity: 1, complete: true })]);
    expect(await stockOf()).toBe(3);
    expect(await waitingParts(database.db)).toEqual([]);
  });

  it("two people receiving the same line at the same moment count it once", async () => {
    const { lineId } = await add({ article: "ECR-55" });
    await createOrder({ ctx, input: { supplierId } });
    const results = await Promise.allSettled([receivePart({ ctx, input: { lineId, quantity: 1 } }), receivePart({ ctx: other, input: { lineId, quantity: 1 } })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message).toBe("Cette ligne est déjà entièrement reçue");
    expect(await stockOf()).toBe(1);
    expect((await database.db.select().from(partLines))[0]).toMatchObject({ receivedQuantity: 1, state: "received" });
    expect(await database.db.select().from(events).where(eq(events.type, "part_received"))).toHaveLength(1);
  });
});

describe("the order's documents and the catalogue's CSV", () => {
  it("the purchase order's PDF and CSV hold each line's reference and quantity", async () => {
    await add({ article: "ECR-55", quantity: "3" });
    const { orderId, number } = await createOrder({ ctx, input: { supplierId } });
    const { pdf } = await orderPdfFor(database.db, orderId);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain(`Bon de commande n° ${number}`);
    expect(text).toMatch(/ECR-55\s+Dalle écran\s+3\s+ACH-1/);
    const { csv } = await orderCsvFor(database.db, orderId);
    expect(csv.split("\r\n")[1]).toBe(`${number};PiècesPro;ECR-55;Dalle écran;3;ACH-1;`);
    await expect(orderPdfFor(database.db, 99_999)).rejects.toThrow("Cette commande n'existe pas");
  });

  it("imports its own export back, keeps articles by reference with their stock traced, and still reads the old three columns", async () => {
    const exported = await pricesCsv(database.db);
    const changed = exported.replace(";Dalle écran;", ";Dalle écran;").replace(/;0;1\r\n$/, ";4;2\r\n");
    expect(await importPrices({ ctx: other, input: { csv: changed + "Batterie;12;;BAT-1;;Nouveau fournisseur;6,5;5,5;2;0\r\n" } })).toEqual({ count: 2 });
    const rows = await listPrices(database.db);
    expect(rows.map((r) => [r.reference, r.stock, r.minStock])).toEqual([["BAT-1", 2, 0], ["ECR-55", 4, 2]]);
    expect(rows.find((r) => r.reference === "ECR-55")!.id).toBe(articleId);
    expect((await database.db.select().from(stockMovements)).map((m) => [m.articleId === articleId ? "ECR-55" : "BAT-1", m.reason, m.delta])).toEqual([["ECR-55", "corrected", 4], ["BAT-1", "corrected", 2]]);
    expect(await importPrices({ ctx: other, input: { csv: "Libellé;Prix HT;Marque\nMain d'œuvre;45;\n" } })).toEqual({ count: 1 });
    expect((await listPrices(database.db)).map((r) => r.label)).toEqual(["Batterie", "Dalle écran", "Main d'œuvre"]);
    await expect(importPrices({ ctx: other, input: { csv: "Vis;1;;VIS-1;;;;;-3;\n" } })).rejects.toThrow("Ligne 1 : colonne « Stock » illisible.");
    expect(await listPrices(database.db)).toHaveLength(3);
  });
});
