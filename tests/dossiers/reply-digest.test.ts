// The sync leaves out of its upsert a dossier whose reply is, digest for digest, the one it last wrote. What
// must still be written is: a dossier mirrored before digests existed (once, silently), one that Atelier
// changed itself since, and a pseudonymised one (whose client data is never digested).
import { eq, isNull, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { execute, first } from "@/db";
import { dossiers, statusHistory } from "@/db/schema";
import { applyLocalChange } from "@/lib/dossiers/mirror";
import { pseudonymise } from "@/lib/privacy/pseudonymise";
import { runSync } from "@/lib/sync/run-sync";
import { freshDatabase } from "../support/database";
import { startSimulator } from "../support/simulator";

let sim: Awaited<ReturnType<typeof startSimulator>>;
let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeEach(async () => {
  sim = await startSimulator({ dossierCount: 40 });
  database = await freshDatabase();
});
afterEach(async () => {
  sim.sim.close();
  await database.close();
});

const sync = () => runSync({ db: database.db, client: sim.client, concurrency: 4 });
const row = async (n: string) => (await first(database.db.select().from(dossiers).where(eq(dossiers.demandNumber, n))))!;
const seen = async () => new Map((await database.db.select({ n: dossiers.demandNumber, at: dossiers.lastSeenAt }).from(dossiers)).map((r) => [r.n, r.at.getTime()]));

describe("the reply's digest", () => {
  it("a mirror from before digests gets them at the next read, without a history row; then an unchanged read writes nothing", async () => {
    await sync();
    await execute(database.db, sql`UPDATE dossiers SET platform_digest = NULL`);
    const history = (await database.db.select().from(statusHistory)).length;
    const upgraded = await sync();
    expect(upgraded.changed).toEqual([]);
    expect((await database.db.select().from(statusHistory)).length).toBe(history);
    expect(await database.db.select({ n: dossiers.demandNumber }).from(dossiers).where(isNull(dossiers.platformDigest))).toEqual([]);
    const before = await seen();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await sync();
    expect(await seen()).toEqual(before);
  });

  it("a field Atelier wrote itself gives way to the platform's at its next reply, though that reply is as before", async () => {
    await sync();
    const [target] = await sim.client.retrieveRequests("D");
    const n = target!.demandNumber;
    const platform = (await row(n)).trackingNumber;
    await applyLocalChange(database.db, { demandNumber: n, userId: 0, at: new Date(), fields: { trackingNumber: "LOCAL-0001" } });
    expect((await row(n)).trackingNumber).toBe("LOCAL-0001");
    await sync();
    expect((await row(n)).trackingNumber).toBe(platform);
  });

  it("a pseudonymised dossier keeps its pseudonym, and no digest of the client's data, read after read", async () => {
    await sync();
    const [target] = await sim.client.retrieveRequests("D");
    const n = target!.demandNumber;
    await database.db.transaction((tx) => pseudonymise(tx, [n], new Date()));
    const pseudonym = (await row(n)).clientName;
    expect(pseudonym).not.toBe(target!.clientName);
    for (let i = 0; i < 2; i++) {
      await sync();
      expect(await row(n)).toMatchObject({ clientName: pseudonym, platformDigest: null });
    }
  });
});
