// `npm run backup` and `npm run restore`, as an operator types them, on a SQLite install with a second
// centre: a backup taken while writes go on is whole and consistent, a wiped data folder comes back with
// every dossier, note, quote, audit row and file, and a damaged, foreign or unopenable archive changes nothing.
// SQLite only: on PostgreSQL the engine's own tools back the database up (the README's « Exploitation »).
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAt, type Db } from "@/db";
import { auditLog, notes, quotes, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { addNote } from "@/lib/notes/note-verbs";
import { runSync } from "@/lib/sync/run-sync";
import { offlineContext } from "@/lib/tenancy/offline";
import { PDF, upload } from "../support/uploads";
import { startSimulator } from "../support/simulator";

const run = promisify(execFile);
const TABLES = ["dossiers", "notes", "quotes", "audit_log", "uploads", "outbox", "users", "status_history"];

let root: string;
let dataDir: string;
let dbPath: string;
let backups: string;
/** Each table's rows before the backup started: all of them must come back. */
let before: Record<string, unknown[]>;
let archive: string;

function cli(script: "backup" | "restore", args: string[], env: Record<string, string> = {}) {
  return run("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, DATABASE_PATH: dbPath, DATABASE_URL: "", NODE_ENV: "test", ...env } as NodeJS.ProcessEnv, timeout: 120_000 }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );
}

function tableRows(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

async function makeData(db: Db, centre: Db) {
  const sim = await startSimulator({ dossierCount: 25 });
  await runSync({ db, client: sim.client, concurrency: 4 });
  sim.sim.close();
  const [user] = await db.insert(users).values({ email: "tech@atelier.test", name: "Camille Martin", role: "technician", passwordHash: "x" }).returning();
  const ctx = offlineContext(db, { id: user!.id, email: user!.email, name: user!.name, role: "technician", centreId: 0 });
  const numbers = (await db.query.dossiers.findMany({ columns: { demandNumber: true }, limit: 5 })).map((d) => d.demandNumber);
  for (const n of numbers) await addNote({ ctx, input: { demandNumber: n, body: `Écran rayé sur ${n}` } });
  await db.insert(quotes).values({ demandNumber: numbers[0]!, quoteNumber: "DV-2026-0001", lines: "[]", totalCents: 15_845, sentAt: new Date(), sentBy: user!.id });
  await upload(db, user!.id, "rapport.pdf", PDF("rapport d'expertise"), "pdf");
  await recordAudit(db, ctx, { action: "test.made", summary: { n: numbers.length }, outcome: "ok" });
  await centre.insert(auditLog).values({ at: new Date(), userName: "Lyon", action: "lyon.own", summary: "{}", outcome: "ok" });
  return { ctx, numbers };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "atelier-backup-"));
  dataDir = join(root, "data");
  dbPath = join(dataDir, "atelier.db");
  backups = join(root, "sauvegardes");
  const main = await openAt(dbPath);
  const lyon = await openAt(dbPath, 1, 3);
  const { ctx, numbers } = await makeData(main.db, lyon.db);
  before = tableRows(dbPath);
  // The app keeps writing while the backup runs: notes go in until the command is done.
  let writing = true;
  let written = 0;
  const writer = (async () => {
    while (writing) {
      await addNote({ ctx, input: { demandNumber: numbers[written % numbers.length]!, body: `pendant la sauvegarde ${written++}` } });
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  const result = await cli("backup", [backups]);
  writing = false;
  await writer;
  expect(result.out).toContain("Sauvegarde écrite");
  expect(result.code).toBe(0);
  expect(written).toBeGreaterThan(0);
  archive = join(backups, readdirSync(backups).find((n) => n.endsWith(".tar.gz"))!);
  await main.close();
  await lyon.close();
}, 180_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe("npm run backup", () => {
  it("writes one archive readable by its owner only, and nothing else in the folder", () => {
    expect(readdirSync(backups)).toEqual([archive.split("/").at(-1)]);
    expect(statSync(archive).mode & 0o777).toBe(0o600);
    expect(statSync(backups).mode & 0o077).toBe(0);
  });
});

describe("npm run restore", () => {
  it("refuses a folder that holds data, and changes nothing there", async () => {
    const result = await cli("restore", [archive]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("contient déjà des données");
    expect(tableRows(dbPath).notes!.length).toBeGreaterThan(before.notes!.length);
  });

  it("after the data folder is wiped, brings back every row and file of every centre", async () => {
    await rm(dataDir, { recursive: true });
    const result = await cli("restore", [archive]);
    expect(result.out).toMatch(/Restauré dans .*atelier\.db : 2 base\(s\), 25 dossier\(s\), 1 fichier\(s\) déposé\(s\)/);
    expect(result.code).toBe(0);
    const after = tableRows(dbPath);
    for (const table of TABLES) expect(after[table], table).toEqual(expect.arrayContaining(before[table]!));
    expect(after.notes!.length).toBeGreaterThanOrEqual(before.notes!.length);
    expect(after.uploads).toEqual(before.uploads);
    const lyon = new Database(join(dataDir, "atelier.centre-3.db"), { readonly: true });
    expect(lyon.prepare("SELECT action FROM audit_log").pluck().all()).toEqual(["lyon.own"]);
    lyon.close();
    // The app opens it as it is, migrations and all.
    const reopened = await openAt(dbPath);
    expect((await reopened.db.select().from(notes)).length).toBe(after.notes!.length);
    await reopened.close();
  });

  it("replaces what is there when told --force", async () => {
    const db = new Database(dbPath);
    db.prepare("DELETE FROM notes").run();
    db.close();
    const result = await cli("restore", [archive, "--force"]);
    expect(result.code).toBe(0);
    expect(tableRows(dbPath).notes).toEqual(expect.arrayContaining(before.notes!));
  });

  it("refuses a damaged archive and leaves an empty place empty", async () => {
    const damaged = join(root, "abimee.tar.gz");
    const bytes = readFileSync(archive);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    writeFileSync(damaged, bytes);
    const empty = join(root, "vide", "atelier.db");
    const result = await cli("restore", [damaged], { DATABASE_PATH: empty });
    expect(result.code).toBe(1);
    expect(result.out).toContain("archive refusée");
    expect(readdirSync(join(root, "vide"))).toEqual([]);
  });
});

describe("with BACKUP_KEY", () => {
  it("encrypts the archive; it opens with the key only", async () => {
    const key = "une-clé-de-sauvegarde-assez-longue";
    const dir = join(root, "chiffrees");
    expect((await cli("backup", [dir], { BACKUP_KEY: key })).code).toBe(0);
    const [name] = readdirSync(dir);
    expect(name).toMatch(/^atelier-\d{8}-\d{6}Z\.tar\.gz\.enc$/);
    const sealed = join(dir, name!);
    expect(readFileSync(sealed).includes(Buffer.from("Écran rayé"))).toBe(false);
    const target = (n: string) => join(root, n, "atelier.db");
    const without = await cli("restore", [sealed], { DATABASE_PATH: target("a") });
    expect(without.out).toContain("définissez BACKUP_KEY");
    const wrong = await cli("restore", [sealed], { DATABASE_PATH: target("b"), BACKUP_KEY: "une-autre-clé-tout-aussi-longue" });
    expect(wrong.out).toContain("BACKUP_KEY ne l'ouvre pas");
    expect(readdirSync(join(root, "b"))).toEqual([]);
    const right = await cli("restore", [sealed], { DATABASE_PATH: target("c"), BACKUP_KEY: key });
    expect(right.code).toBe(0);
    expect(tableRows(target("c")).notes).toEqual(expect.arrayContaining(before.notes!));
  });
});
