// Each dossier's due time, on both engines: the default rule, a reseller's rule that beats the rule for all,
// a phase that goes on through intermediate statuses, a rule's new limit, a closed dossier, and rules that
// are refused at their field without changing anything.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadlineRules, dossiers } from "@/db/schema";
import { addRule, changeRuleLimit, deleteRule, ruleInput } from "@/lib/deadlines/rules";
import { derivedPending, markDerivedStale, recomputeDerived } from "@/lib/dossiers/derived-pass";
import { applyLocalChange } from "@/lib/dossiers/mirror";
import { ServiceError } from "@/lib/errors";
import { ctxFor, freshDatabase, insertUser, type TestDatabase } from "../support/database";

const DAY = 86_400_000;
/** Paris, December 2026: UTC+1. */
const paris = (iso: string) => new Date(`${iso}+01:00`);
const D_AT = paris("2026-12-04T10:00:00"); // a Friday

let database: TestDatabase;
let manager: Awaited<ReturnType<typeof insertUser>>;
const ctx = () => ctxFor(database.db, manager, paris("2026-12-04T12:00:00"));

async function dossier(n: string, resellerCode: string, statuses: Array<[string, Date]>) {
  await database.db.insert(dossiers).values({ demandNumber: n, type: "REP", statusCode: "RMAD", resellerCode, statusChangedAt: paris("2026-12-01T09:00:00"), lastSeenAt: new Date() });
  for (const [status, at] of statuses) await move(n, status, at);
}
const move = (n: string, status: string, at: Date) => database.db.transaction((tx) => applyLocalChange(tx, { demandNumber: n, userId: manager.id, at, status }));
const due = async (n: string) => (await database.db.select({ at: dossiers.dueAt, rule: dossiers.dueRule }).from(dossiers).where(eq(dossiers.demandNumber, n)))[0]!;
const rule = (input: Record<string, unknown>) => addRule({ ctx: ctx(), input: ruleInput.parse({ resellerCode: "", flowType: "", orStatus: "", unit: "working_days", ...input }) });
/** A rule's change is written to every dossier by a pass in the background: the tests wait for it. */
const recomputed = () => recomputeDerived(database.db);

beforeAll(async () => {
  database = await freshDatabase();
  manager = await insertUser(database.db, "manager");
  await dossier("BLG-1", "BLG", [["RMAOK", paris("2026-12-02T09:00:00")], ["D", D_AT]]);
  await dossier("FNC-1", "FNC", [["RMAOK", paris("2026-12-02T09:00:00")], ["D", D_AT]]);
});
afterAll(() => database.close());

describe("due times", () => {
  it("without a rule, is the aging threshold after the last status change", async () => {
    expect(await due("BLG-1")).toEqual({ at: new Date(D_AT.getTime() + 14 * DAY), rule: null });
  });

  it("follows a reseller's rule in working days, and the rule for all elsewhere", async () => {
    const blg = await rule({ resellerCode: "blg", fromStatus: "D", toStatus: "RPR", limit: 5 });
    const all = await rule({ fromStatus: "D", toStatus: "RPR", limit: 10 });
    await recomputed();
    expect(await due("BLG-1")).toEqual({ at: paris("2026-12-11T10:00:00"), rule: blg.id });
    // 10 working days after Friday 4 December: Friday 18 December.
    expect(await due("FNC-1")).toEqual({ at: paris("2026-12-18T10:00:00"), rule: all.id });
  });

  it("keeps the phase's clock through the statuses between its start and its end", async () => {
    await move("BLG-1", "IEXP", paris("2026-12-07T09:00:00"));
    await move("BLG-1", "PRRE", paris("2026-12-08T09:00:00"));
    expect((await due("BLG-1")).at).toEqual(paris("2026-12-11T10:00:00"));
  });

  it("moves when the rule's limit changes", async () => {
    const [blg] = await database.db.select().from(deadlineRules).where(eq(deadlineRules.resellerCode, "BLG"));
    await changeRuleLimit({ ctx: ctx(), input: { id: blg!.id, limit: 48, unit: "hours" } });
    await recomputed();
    expect((await due("BLG-1")).at).toEqual(new Date(D_AT.getTime() + 48 * 3_600_000));
    await deleteRule({ ctx: ctx(), input: { id: blg!.id } });
    await recomputed();
    expect((await due("BLG-1")).at).toEqual(paris("2026-12-18T10:00:00"));
  });

  it("says a pass is owed from the change until the pass is done", async () => {
    await recomputed();
    expect(await derivedPending(database.db)).toBe(false);
    await markDerivedStale(database.db);
    expect(await derivedPending(database.db)).toBe(true);
    await recomputed();
    expect(await derivedPending(database.db)).toBe(false);
  });

  it("is gone once the dossier is closed", async () => {
    await move("FNC-1", "RPR", paris("2026-12-09T09:00:00"));
    expect(await due("FNC-1")).toEqual({ at: null, rule: null });
  });

  it("refuses an end status before the start, and a second rule for one phase, changing nothing", async () => {
    const before = await database.db.select().from(deadlineRules);
    const refused = (input: Record<string, unknown>) => rule(input).then(() => null, (e: unknown) => e);
    const backwards = await refused({ fromStatus: "RPR", toStatus: "D", limit: 2 });
    expect(backwards).toBeInstanceOf(ServiceError);
    expect((backwards as ServiceError).fieldErrors).toEqual({ toStatus: "Le statut de fin doit venir après le statut de début" });
    const twice = await refused({ fromStatus: "D", toStatus: "PRRE", orStatus: "RPR", limit: 3 });
    expect((twice as ServiceError).fieldErrors).toEqual({ toStatus: "Une règle couvre déjà cette phase pour ce revendeur et ce type" });
    expect(ruleInput.safeParse({ fromStatus: "D", toStatus: "RPR", limit: "-2", unit: "hours" }).error?.issues[0]?.message).toBe("Un nombre entier entre 1 et 1000");
    expect(await database.db.select().from(deadlineRules)).toEqual(before);
  });
});
