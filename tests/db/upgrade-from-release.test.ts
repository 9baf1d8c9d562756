// Today's code on the database the last tagged release left behind (tests/fixtures/releases/vX.Y.Z, made by
// that release's own code through scripts/release-fixture.mjs): the migrations take it forward, every
// dossier, note, quote, audit row, user and uploaded file is still there, and the commands it left in the
// outbox reach the platform it wrote them for, in order and once each.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, inArray, notInArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openAt, usesPostgres, type Db } from "@/db";
import { auditLog, dossiers, indicatorFacts, notes, outbox, quotes, statusHistory, users } from "@/db/schema";
import { derivedAtStart } from "@/lib/dossiers/derived-pass";
import { CLOSED_STATUSES } from "@/lib/dossiers/phases";
import { uploadBytes } from "@/lib/files/uploads";
import { countOpen, processDue } from "@/lib/outbox/outbox";
import { createDatabase, ensurePostgres } from "../../scripts/postgres-cluster.mjs";
import { startSimulator } from "../support/simulator";
import { createHash } from "node:crypto";

interface Expected {
  release: string;
  dossiers: string[];
  counts: { notes: number; quotes: number; audit_log: number; outbox: number; users: number };
  notes: string[];
  uploads: Array<{ id: string; name: string; sha256: string }>;
  pending: Array<{ requestId: string; demandNumber: string; verb: string; route: string }>;
}

const RELEASES = "tests/fixtures/releases";
const version = (tag: string) => tag.slice(1).split(".").map(Number);
const newest = readdirSync(RELEASES)
  .filter((t) => /^v\d+\.\d+\.\d+$/.test(t))
  .sort((a, b) => version(a).reduce((d, n, i) => d || n - version(b)[i]!, 0))
  .at(-1)!;
const fixture = join(RELEASES, newest, usesPostgres() ? "postgresql" : "sqlite");
const expected = JSON.parse(readFileSync(join(fixture, "expected.json"), "utf8")) as Expected;

let db: Db;
let close: () => Promise<void>;
let sim: Awaited<ReturnType<typeof startSimulator>>;

beforeAll(async () => {
  const copy = mkdtempSync(join(tmpdir(), `atelier-${newest}-`));
  cpSync(fixture, copy, { recursive: true });
  let target = join(copy, "atelier.db");
  if (usesPostgres()) {
    target = await createDatabase(inject("postgresUrl"), `r_${randomUUID().replaceAll("-", "")}`);
    execFileSync(join(ensurePostgres(), "psql"), ["-q", "-v", "ON_ERROR_STOP=1", "-f", join(copy, "atelier.sql"), target], { stdio: ["ignore", "ignore", "pipe"] });
  }
  // What the app does at start: the migrations of today, on the release's database.
  ({ db, close } = await openAt(target));
  sim = await startSimulator({ dbPath: join(copy, "simulator.db"), dossierCount: 0 }, { timeoutMs: 3_000 });
}, 60_000);

afterAll(async () => {
  sim?.sim.close();
  await close?.();
});

describe(`upgrading from ${newest}`, () => {
  it("keeps every dossier, note, quote, audit row, user and file the release left", async () => {
    expect(newest).toBe(`v${expected.release}`);
    const numbers = (await db.select({ n: dossiers.demandNumber }).from(dossiers).orderBy(dossiers.demandNumber)).map((r) => r.n);
    expect(numbers).toEqual(expected.dossiers);
    expect((await db.select({ body: notes.body }).from(notes)).map((r) => r.body).sort()).toEqual(expected.notes);
    expect((await db.select().from(quotes)).length).toBe(expected.counts.quotes);
    expect((await db.select().from(users)).length).toBe(expected.counts.users);
    expect((await db.select().from(auditLog)).length).toBe(expected.counts.audit_log);
    expect(expected.uploads.length).toBeGreaterThan(0);
    for (const file of expected.uploads) {
      expect(createHash("sha256").update(await uploadBytes(db, file.id)).digest("hex"), file.name).toBe(file.sha256);
    }
  });

  it("gives every open dossier of the release a due time and every reception its figure, once", async () => {
    expect(await derivedAtStart(db)).toBe(true);
    const open = await db.select({ due: dossiers.dueAt }).from(dossiers).where(notInArray(dossiers.statusCode, [...CLOSED_STATUSES]));
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((d) => d.due === null)).toEqual([]);
    // /indicateurs counts each dossier the release's history saw reach D.
    const receivedInHistory = new Set((await db.select({ n: statusHistory.demandNumber }).from(statusHistory).where(eq(statusHistory.newStatus, "D"))).map((r) => r.n));
    const received = new Set((await db.select({ n: indicatorFacts.demandNumber }).from(indicatorFacts).where(eq(indicatorFacts.figure, "received"))).map((r) => r.n));
    expect(receivedInHistory.size).toBeGreaterThan(0);
    expect([...received].sort()).toEqual([...receivedInHistory].sort());
    // Nothing stale any more: the next start writes nothing.
    expect(await derivedAtStart(db)).toBe(false);
  });

  it("sends the commands it left pending, in order per dossier and once each", async () => {
    const ids = expected.pending.map((p) => p.requestId);
    const before = await db.select().from(outbox).where(inArray(outbox.requestId, ids));
    expect(before.map((r) => r.state)).toEqual(ids.map(() => "pending"));
    const deps = { db, client: sim.client, backoff: () => 0 };
    for (let round = 0; round < 40 && (await countOpen(db)) > 0; round++) await processDue(deps, 2);
    // Rounds after the last send change nothing: nothing goes twice.
    for (let round = 0; round < 3; round++) await processDue(deps, 2);

    for (const p of expected.pending) {
      const [row] = await db.select().from(outbox).where(eq(outbox.requestId, p.requestId));
      expect(row?.state, `${p.verb} ${p.demandNumber}`).toBe("sent");
      const received = (await sim.control<Array<{ body: Record<string, unknown> }>>(`/requests?route=${p.route}&limit=100`)).filter((r) => JSON.stringify(r.body).includes(p.demandNumber));
      expect(received, `${p.route} ${p.demandNumber}`).toHaveLength(1);
    }
    // The accept before the status D on the same dossier: the platform moved it to D.
    const ordered = expected.pending.filter((p) => p.verb === "status")[0]!;
    const [mirror] = await db.select({ status: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, ordered.demandNumber));
    expect(mirror?.status).toBe("D");
  });
});
