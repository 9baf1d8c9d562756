// Several centres in one database: each centre's data (users, mirror, counts, search, locks) is its own,
// on both engines, and what one centre's database is asked can never answer with another's.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openAt, type Db } from "@/db";
import { authenticate } from "@/lib/auth/authenticate";
import { getDossier } from "@/lib/dossiers/get-dossier";
import { listDossiers } from "@/lib/dossiers/list-dossiers";
import { parseQueueFilters } from "@/lib/dossiers/queue-filters";
import { searchDossiers } from "@/lib/dossiers/search";
import { runSync } from "@/lib/sync/run-sync";
import { addCentre, listCentres } from "@/lib/tenancy/registry";
import { freshDatabase, insertUser, type TestDatabase } from "../support/database";
import { startSimulator } from "../support/simulator";

const AGING = { warnDays: 7, alertDays: 14 };
const KEY = "k".repeat(40);

let main: TestDatabase;
let lyon: { db: Db; close: () => Promise<void> };
let platformA: Awaited<ReturnType<typeof startSimulator>>;
let platformB: Awaited<ReturnType<typeof startSimulator>>;

beforeEach(async () => {
  main = await freshDatabase();
  lyon = await openAt(main.url, 5, 2);
  // Two platforms that number their dossiers apart, as two accounts would.
  [platformA, platformB] = await Promise.all([startSimulator({ dossierCount: 15 }), startSimulator({ dossierCount: 12, firstSeq: 7001 })]);
  await runSync({ db: main.db, client: platformA.client, concurrency: 4 });
  await runSync({ db: lyon.db, client: platformB.client, concurrency: 4 });
});

afterEach(async () => {
  await Promise.all([platformA.sim.close(), platformB.sim.close()]);
  await lyon.close();
  await main.close();
});

describe("a centre's database", () => {
  it("holds its own mirror only: queue, counts, dossier and search see nothing of the other centre", async () => {
    const mainQueue = await listDossiers(main.db, parseQueueFilters({}), AGING);
    const lyonQueue = await listDossiers(lyon.db, parseQueueFilters({}), AGING);
    expect(mainQueue.total).toBe(15);
    expect(lyonQueue.total).toBe(12);
    const lyonNumbers = lyonQueue.rows.map((r) => r.demandNumber);
    expect(lyonNumbers.every((n) => Number(n.slice(-4)) >= 7001)).toBe(true);
    expect(mainQueue.rows.some((r) => lyonNumbers.includes(r.demandNumber))).toBe(false);
    const sample = await getDossier(lyon.db, lyonNumbers[0]!);
    expect(sample?.demandNumber).toBe(lyonNumbers[0]);
    expect(await getDossier(main.db, lyonNumbers[0]!)).toBeNull();
    // Search (FTS5, or the centre schema's own trigger and index) finds it in its centre alone.
    expect((await searchDossiers(lyon.db, sample!.clientName!.toUpperCase())).map((h) => h.demandNumber)).toContain(sample!.demandNumber);
    expect((await searchDossiers(main.db, sample!.demandNumber)).map((h) => h.demandNumber)).not.toContain(sample!.demandNumber);
  });

  it("has its own users: one address in two centres is two accounts, each signing in to its centre only", async () => {
    await insertUser(main.db, "admin", "chef@atelier.fr", "mot-de-passe-principal");
    await insertUser(lyon.db, "technician", "chef@atelier.fr", "mot-de-passe-lyon");
    const signIn = (db: Db, password: string) => authenticate(db, { email: "chef@atelier.fr", password, ip: "10.0.0.1", mode: "platform" });
    expect(await signIn(main.db, "mot-de-passe-principal")).toMatchObject({ ok: true, user: { role: "admin" } });
    expect(await signIn(lyon.db, "mot-de-passe-lyon")).toMatchObject({ ok: true, user: { role: "technician" } });
    expect(await signIn(lyon.db, "mot-de-passe-principal")).toMatchObject({ ok: false });
  });

  it("keeps the registry in the main database alone", async () => {
    await addCentre(main.db, { slug: "lyon", name: "Atelier Lyon", baseUrl: "https://rma.example/api/", clientId: "lyon", clientSecret: "s3cret" }, KEY);
    expect((await listCentres(main.db)).map((c) => c.slug)).toEqual(["lyon"]);
    expect(await listCentres(lyon.db)).toEqual([]);
  });
});
