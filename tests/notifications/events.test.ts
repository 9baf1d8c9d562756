// Events come with the change that causes them: in its transaction, once per change. A sync that dies
// between the mirror write and the event leaves neither, and the next sync makes both, once.
import { spawn } from "node:child_process";
import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dossiers, events, notificationPrefs, notifications, outbox, statusHistory } from "@/db/schema";
import { assignDossiers } from "@/lib/dossiers/assign";
import { listNotifications, markAllRead, unreadCount } from "@/lib/notifications/inbox";
import { release } from "@/lib/outbox/lease";
import { receivePush } from "@/lib/push/receive-push";
import { runSync } from "@/lib/sync/run-sync";
import { ctxFor, freshDatabase, insertUser } from "../support/database";
import { startSimulator } from "../support/simulator";
import { first, usesPostgres } from "@/db";
import { pauseAfterInsert, refuseInserts } from "../support/faults";

let sim: Awaited<ReturnType<typeof startSimulator>>;
let database: Awaited<ReturnType<typeof freshDatabase>>;
let people: Array<Awaited<ReturnType<typeof insertUser>>>;

beforeEach(async () => {
  sim = await startSimulator({ dossierCount: 300 });
  database = await freshDatabase();
  people = [await insertUser(database.db, "technician"), await insertUser(database.db, "manager"), await insertUser(database.db, "admin")];
  await runSync({ db: database.db, client: sim.client, concurrency: 4 });
});
afterEach(async () => {
  sim.sim.close();
  await database.close();
});

const eventRows = async () => (await database.db.select().from(events).orderBy(events.id));
const statusOf = async (n: string) => (await first(database.db.select({ s: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, n))))?.s;

/** The reseller's side moves four dossiers: a quote accepted, one refused, an information answered, a new one. */
async function resellerMoves() {
  const atEde = await sim.client.retrieveList("EDE");
  const atInfstt = await sim.client.retrieveList("INFSTT");
  const [accepted, refused] = atEde.dossiers.map((d) => d.demandNumber);
  const informed = atInfstt.dossiers[0]!.demandNumber;
  await sim.control(`/dossiers/${accepted}/quote-answer`, { answer: "VDE" });
  await sim.control(`/dossiers/${refused}/quote-answer`, { answer: "RDE", treatment: "DESTRUCT" });
  await sim.control(`/dossiers/${informed}/information`, { text: "Numéro de série confirmé" });
  const created = await sim.control<{ demand_number: string }>("/dossiers", { type: "REP" });
  return { accepted: accepted!, refused: refused!, informed, created: created.demand_number };
}

async function expectOneEachOf(moved: Awaited<ReturnType<typeof resellerMoves>>) {
  expect((await eventRows()).map((e) => [e.type, e.demandNumber, JSON.parse(e.data)])).toEqual(
    expect.arrayContaining([
      ["quote_answered", moved.accepted, { status: "VDE", treatment: null }],
      ["quote_answered", moved.refused, { status: "RDE", treatment: "DESTRUCT" }],
      ["info_answered", moved.informed, { status: "INFREV" }],
      ["dossier_new", moved.created, { status: "RMAD" }],
    ]),
  );
  expect(await eventRows()).toHaveLength(4);
}

describe("events from the sync", () => {
  it("the first read of each status announces nothing; then each change makes one event, and one notification per person", async () => {
    expect(await eventRows()).toEqual([]);
    const moved = await resellerMoves();
    await runSync({ db: database.db, client: sim.client, concurrency: 4 });
    await expectOneEachOf(moved);
    for (const p of people) expect(await unreadCount(database.db, p.id)).toBe(4);
    // Nothing changed since: nothing new, however often the sync runs.
    await runSync({ db: database.db, client: sim.client, concurrency: 4 });
    await runSync({ db: database.db, client: sim.client, concurrency: 4 });
    expect(await eventRows()).toHaveLength(4);
    expect((await first(database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(notifications)))!.n).toBe(12);
  });

  for (const crashAfter of ["status_history", "events"] as const) {
    it(`a sync killed right after its ${crashAfter === "status_history" ? "mirror write, before the event" : "event, before the commit"} leaves neither; the next sync makes both, once`, async () => {
      const moved = await resellerMoves();
      if (usesPostgres()) await pauseAfterInsert(database.db, crashAfter);
      // Spawned, not spawnSync: the simulator lives in this process and must keep answering.
      const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "tests/support/sync-runner.ts"], {
        env: { ...process.env, SYNC_DB: database.url, SYNC_API: `${sim.origin}/api/`, CRASH_AFTER: crashAfter },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      // tsx runs the script in a child of its own and exits 128 + 9 when that one is killed.
      const ended = await new Promise<string>((resolve) => child.on("exit", (code, signal) => resolve(signal === "SIGKILL" || code === 137 ? "killed" : `exit ${code}: ${output}`)));
      expect(ended).toBe("killed");
      // The killed transaction is gone whole: no event, and the mirror still shows the old statuses.
      expect(await eventRows()).toEqual([]);
      expect(await statusOf(moved.accepted)).toBe("EDE");
      expect((await database.db.select().from(statusHistory).where(and(eq(statusHistory.demandNumber, moved.accepted), eq(statusHistory.newStatus, "VDE"))))).toEqual([]);

      await runSync({ db: database.db, client: sim.client, concurrency: 4 });
      expect(await statusOf(moved.accepted)).toBe("VDE");
      await expectOneEachOf(moved);
    });
  }
});

describe("events from PUSH and from people", () => {
  it("a push announces its changes once; the same push again changes nothing and announces nothing", async () => {
    const [d] = (await sim.client.retrieveList("INFSTT")).dossiers;
    const body = Buffer.from(JSON.stringify({ status: "OK", data: [{ ...(await rawOf(d!.demandNumber)), current_status_code: "INFREV", current_status_label: "Retour revendeur" }] }));
    expect(await receivePush(database.db, body, new Date())).toMatchObject({ ok: true, changed: 1 });
    expect(await receivePush(database.db, body, new Date())).toMatchObject({ ok: true, changed: 0 });
    expect((await eventRows()).map((e) => [e.type, e.demandNumber])).toEqual([["info_answered", d!.demandNumber]]);
  });

  it("a push that cannot write its event writes nothing", async () => {
    const [d] = (await sim.client.retrieveList("INFSTT")).dossiers;
    const body = Buffer.from(JSON.stringify([{ ...(await rawOf(d!.demandNumber)), current_status_code: "INFREV" }]));
    const undo = await refuseInserts(database.db, "events", "disque plein");
    // The driver may wrap the database's error: its message, or its cause's, names the fault.
    await expect(receivePush(database.db, body, new Date())).rejects.toSatisfy((e: Error) => /disque plein/.test(`${e.message} ${(e.cause as Error | undefined)?.message}`));
    expect(await statusOf(d!.demandNumber)).toBe("INFSTT");
    await undo();
    expect(await receivePush(database.db, body, new Date())).toMatchObject({ ok: true, changed: 1 });
    expect(await eventRows()).toHaveLength(1);
  });

  it("an assignment tells the assignee (not someone taking a dossier for themselves), as they chose: e-mail only keeps it out of the bell", async () => {
    const [tech, manager] = people;
    (await database.db.insert(notificationPrefs).values({ userId: tech!.id, type: "assigned", channel: "email" }));
    const [a, b] = (await database.db.select().from(dossiers));
    await assignDossiers({ ctx: ctxFor(database.db, manager!), input: { demandNumbers: [a!.demandNumber, b!.demandNumber], userId: tech!.id } });
    await assignDossiers({ ctx: ctxFor(database.db, manager!), input: { demandNumbers: [a!.demandNumber], userId: manager!.id } });
    expect((await eventRows()).map((e) => [e.type, e.demandNumber])).toEqual([["assigned", a!.demandNumber], ["assigned", b!.demandNumber]]);
    expect(await unreadCount(database.db, tech!.id)).toBe(0);
    expect((await database.db.select().from(notifications).where(eq(notifications.userId, tech!.id))).map((n) => [n.inApp, n.email])).toEqual([[false, "pending"], [false, "pending"]]);

    (await database.db.delete(notificationPrefs));
    await assignDossiers({ ctx: ctxFor(database.db, manager!), input: { demandNumbers: [a!.demandNumber], userId: tech!.id } });
    expect((await listNotifications(database.db, tech!.id)).items.map((i) => [i.type, i.read])).toEqual([["assigned", false]]);
    expect(await markAllRead({ ctx: ctxFor(database.db, tech!) })).toEqual({ count: 1 });
    expect(await unreadCount(database.db, tech!.id)).toBe(0);
  });
});

/** A dossier as the platform writes it (3.9), from the simulator's own record. */
async function rawOf(demandNumber: string) {
  const row = (await first(database.db.select().from(dossiers).where(eq(dossiers.demandNumber, demandNumber))))!;
  return {
    demand_number: row.demandNumber,
    type: row.type,
    current_status_code: row.statusCode,
    date: row.createdAtText,
    serial_number: row.serialNumber,
    brand: row.brand,
    agreement_number: row.agreementNumber,
  };
}

describe("events from the outbox", () => {
  it("a command refused, or left for a person, tells its author and the managers, once per attempt", async () => {
    const [tech, manager, admin] = people;
    const other = await insertUser(database.db, "technician", "autre@test.fr");
    const [d] = (await database.db.select().from(dossiers));
    const row = (await first(database.db
      .insert(outbox)
      .values({ requestId: "r-1", demandNumber: d!.demandNumber, kind: "status", payload: "{}", state: "sending", owner: "w", sendAttempts: 1, nextAttemptAt: new Date(), createdBy: tech!.id, createdAt: new Date() })
      .returning()))!;
    expect(await release(database.db, row.id, "w", "failed", { lastErrorCode: "refused" })).toBe(true);
    // The same release again (a lost lease, a repeated call) changes nothing and tells nobody twice.
    expect(await release(database.db, row.id, "w", "failed", { lastErrorCode: "refused" })).toBe(false);
    const made = await eventRows();
    expect(made.map((e) => [e.type, e.changeKey, JSON.parse(e.data).state])).toEqual([["command_attention", `command:${row.id}:failed:1:0`, "failed"]]);
    const told = (await database.db.select({ userId: notifications.userId }).from(notifications)).map((n) => n.userId).sort();
    expect(told).toEqual([tech!.id, manager!.id, admin!.id].sort());
    expect(told).not.toContain(other.id);
  });
});
