// node scripts/release-fixture.mjs vX.Y.Z — the database a release leaves behind, made by that release's own
// code, kept in tests/fixtures/releases/vX.Y.Z/ for tests/db/upgrade-from-release.test.ts: a checkout of the
// tag (a git worktree sharing this node_modules) runs its scripts/release-fixture/make-data.ts once on SQLite
// and once on a throwaway PostgreSQL, which pg_dump then writes out as plain SQL.
// Run it once, right after tagging a release (CONTRIBUTING.md, « Une version »), and commit what it writes.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { createDatabase, ensurePostgres, startCluster } from "./postgres-cluster.mjs";

const tag = process.argv[2];
if (!tag || !/^v\d+\.\d+\.\d+$/.test(tag)) {
  console.error("usage: node scripts/release-fixture.mjs vX.Y.Z");
  process.exit(2);
}
const root = resolve(import.meta.dirname, "..");
const destination = join(root, "tests", "fixtures", "releases", tag);
const work = mkdtempSync(join(tmpdir(), `atelier-${tag}-`));
const checkout = join(work, "checkout");

function make(out, env) {
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/release-fixture/make-data.ts", out], {
    cwd: checkout,
    env: { ...process.env, NODE_ENV: "test", LOG_LEVEL: "warn", DATABASE_URL: "", DATABASE_PATH: "", ...env },
    stdio: "inherit",
  });
  // With nothing else open, SQLite folds its write-ahead log into the file: one file a database.
  for (const name of readdirSync(out).filter((n) => n.endsWith(".db"))) {
    const file = new Database(join(out, name));
    file.pragma("wal_checkpoint(TRUNCATE)");
    file.close();
  }
  for (const name of readdirSync(out)) if (/-(wal|shm|journal)$/.test(name)) rmSync(join(out, name));
}

execFileSync("git", ["worktree", "add", "--detach", checkout, tag], { cwd: root, stdio: "inherit" });
try {
  symlinkSync(join(root, "node_modules"), join(checkout, "node_modules"));
  const sqlite = join(work, "sqlite");
  make(sqlite, { DATABASE_PATH: join(sqlite, "atelier.db") });

  const postgresql = join(work, "postgresql");
  const cluster = await startCluster();
  try {
    const url = await createDatabase(cluster.url, "release_fixture");
    make(postgresql, { DATABASE_URL: url });
    const dump = execFileSync(join(ensurePostgres(), "pg_dump"), ["--no-owner", "--no-privileges", "--format=plain", url], { maxBuffer: 256 << 20 });
    writeFileSync(join(postgresql, "atelier.sql"), dump);
  } finally {
    cluster.stop();
  }
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  cpSync(sqlite, join(destination, "sqlite"), { recursive: true });
  cpSync(postgresql, join(destination, "postgresql"), { recursive: true });
  console.log(`${destination}: ${readdirSync(join(destination, "sqlite")).join(", ")} / ${readdirSync(join(destination, "postgresql")).join(", ")}`);
} finally {
  execFileSync("git", ["worktree", "remove", "--force", checkout], { cwd: root, stdio: "inherit" });
  if (existsSync(work)) rmSync(work, { recursive: true, force: true });
}
