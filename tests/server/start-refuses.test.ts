// The app's own start on a database it must not run on: it stops with a message saying what to do, instead
// of serving pages off tables it would read wrong. (The engines' side is tests/db/migration-guard.test.ts.)
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db";

function start(databasePath: string) {
  const script = `import("./lib/server/start.ts").then((m) => (m.startServer ?? m.default.startServer)())`;
  return promisify(execFile)("npx", ["tsx", "--conditions=react-server", "-e", script], {
    env: { ...process.env, DATABASE_PATH: databasePath, DATABASE_URL: "", SYNC_INTERVAL_MS: "0" } as NodeJS.ProcessEnv,
    timeout: 60_000,
  }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );
}

/** Today's migrations and one more after them, as the next release would ship it. */
function laterRelease(sql: string) {
  const dir = mkdtempSync(join(tmpdir(), "atelier-migrations-"));
  cpSync("db/migrations", dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ idx: number; when: number; tag: string }> };
  const last = journal.entries.at(-1)!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 60_000, tag: "0099_later" });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(join(dir, "0099_later.sql"), sql);
  return dir;
}

describe("the app's start", () => {
  it("refuses a database a newer release migrated", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "atelier-start-")), "atelier.db");
    openDatabase(path, laterRelease("CREATE TABLE later_probe (id integer);")).sqlite.close();
    const outcome = await start(path);
    expect(outcome.out).toContain("Atelier ne démarre pas : la base a été migrée par une version plus récente");
    expect(outcome.code).toBe(1);
  });
});
