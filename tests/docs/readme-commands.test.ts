// The README's terminal commands, run as written (only the variables they name are set): the first admin
// and a technician created from the Production section, and the integrators' credential check, which signs
// no session and so needs no AUTH_SECRET.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../support/simulator";

const README = readFileSync("README.md", "utf8");
/** The README's lines that start with `prefix` (comments after the command kept: the shell ignores them). */
const lines = (pattern: RegExp) => README.split("\n").filter((line) => pattern.test(line));

function shell(line: string, env: Record<string, string>, stdin?: string) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    const child = execFile("bash", ["-c", line], { env: { ...process.env, AUTH_SECRET: "", DATABASE_URL: "", RMA_API_BASE_URL: "", ...env } as NodeJS.ProcessEnv, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
    );
    child.stdin?.end(stdin ?? "");
  });
}

describe("the README's user:add lines", () => {
  const databasePath = join(mkdtempSync(join(tmpdir(), "atelier-readme-")), "atelier.db");
  const [admin, technician] = lines(/^(echo "\$PASSWORD" \| )?npm run user:add -- --email \S+@/);

  it("are there", () => {
    expect(admin).toContain("--role admin");
    expect(technician).toContain("--role technician");
  });

  it("create the first admin, the password typed on standard input", async () => {
    const result = await shell(admin!, { DATABASE_PATH: databasePath }, "mot-de-passe-solide-2026\n");
    expect(result.out).toContain("Utilisateur créé : chef@atelier.fr (admin)");
    expect(result.code).toBe(0);
  });

  it("create a technician without --name, the password piped from $PASSWORD", async () => {
    const result = await shell(technician!, { DATABASE_PATH: databasePath, PASSWORD: "mot-de-passe-solide-2026" });
    expect(result.out).toContain("Utilisateur créé : camille.martin@atelier.fr (technician)");
    expect(result.code).toBe(0);
    const db = new Database(databasePath, { readonly: true });
    expect(db.prepare("SELECT name, role FROM users ORDER BY id").all()).toEqual([
      { name: "Chef d'atelier", role: "admin" },
      { name: "Camille Martin", role: "technician" },
    ]);
    db.close();
  });
});

describe("npm run rma -- token, as the README shows it", () => {
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  beforeAll(async () => {
    sim = await startSimulator({ dossierCount: 3 });
  });
  afterAll(() => sim.sim.close());

  it("checks the credentials without AUTH_SECRET, and never prints the token", async () => {
    const [line] = lines(/^npm run rma -- token\b/);
    const result = await shell(line!, { RMA_API_BASE_URL: `${sim.origin}/api/`, RMA_CLIENT_ID: "simulateur", RMA_CLIENT_SECRET: "simulateur-secret" });
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain('"ok": true');
    const tokens = (await sim.control<Array<{ route: string }>>("/requests?route=token/create&limit=5")).length;
    expect(tokens).toBeGreaterThan(0);
    expect(result.out).not.toContain("simulateur-secret");
  });
});

describe("the README's backup and restore lines", () => {
  const dir = mkdtempSync(join(tmpdir(), "atelier-readme-backup-"));
  const databasePath = join(dir, "data", "atelier.db");
  const backupDir = join(dir, "archives");
  const [backup] = lines(/^npm run backup -- /);
  const [restore] = lines(/^npm run restore -- /);

  it("write an archive of a database holding a user, then put it back in an empty place", async () => {
    mkdirSync(join(dir, "data"));
    const made = await shell(`npm run user:add -- --email chef@atelier.fr --name Chef --role admin`, { DATABASE_PATH: databasePath }, "mot-de-passe-solide-2026\n");
    expect(made.code, made.out).toBe(0);
    const written = await shell(backup!, { DATABASE_PATH: databasePath, BACKUP_DIR: backupDir });
    expect(written.code, written.out).toBe(0);
    const [archive] = readdirSync(backupDir).filter((name) => !name.startsWith("."));
    expect(archive).toBeDefined();
    const restoredPath = join(dir, "restored", "atelier.db");
    const restored = await shell(restore!, { DATABASE_PATH: restoredPath, ARCHIVE: join(backupDir, archive!) });
    expect(restored.code, restored.out).toBe(0);
    const db = new Database(restoredPath, { readonly: true });
    expect(db.prepare("SELECT email FROM users").all()).toEqual([{ email: "chef@atelier.fr" }]);
    db.close();
    const again = await shell(restore!, { DATABASE_PATH: restoredPath, ARCHIVE: join(backupDir, archive!) });
    expect(again.code).not.toBe(0);
    expect(again.out).toContain("restauration refusée");
  }, 120_000);
});
