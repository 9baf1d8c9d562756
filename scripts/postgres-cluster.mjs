// A throwaway PostgreSQL cluster for the tests: the machine's own initdb and pg_ctl (Debian's postgresql,
// installed when missing, as root), run as an unprivileged user (they refuse root), data in a temporary
// folder, on a free port of 127.0.0.1, stopped and removed at the end. Used by vitest's global set-up and by
// the end-to-end tests that start two instances on one PostgreSQL.
import { execFileSync, execSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

const ROOT = "/usr/lib/postgresql";

function binaries() {
  const versions = existsSync(ROOT) ? readdirSync(ROOT).filter((v) => existsSync(join(ROOT, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.length ? join(ROOT, versions[0], "bin") : null;
}

/** The bin folder of PostgreSQL, installing Debian's package first if needed (and possible). */
export function ensurePostgres() {
  let bin = binaries();
  if (bin) return bin;
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    throw new Error("PostgreSQL est absent (initdb introuvable sous /usr/lib/postgresql) : installez le paquet Debian « postgresql ».");
  }
  console.log("Installation du paquet Debian postgresql…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql", { stdio: "inherit" });
  bin = binaries();
  if (!bin) throw new Error("PostgreSQL installé, mais initdb reste introuvable.");
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** initdb/pg_ctl refuse root: as root they run as the "postgres" user the package created. */
function run(bin, tool, args) {
  const asRoot = process.getuid?.() === 0;
  const [command, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, tool), ...args]] : [join(bin, tool), args];
  return execFileSync(command, argv, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
}

/** A new database on the server of `serverUrl` (from `template`, if given; an old one of that name dropped); its URL. */
export async function createDatabase(serverUrl, name, { template } = {}) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  } finally {
    await admin.end();
  }
  return serverUrl.replace(/\/[^/]*$/, `/${name}`);
}

/** Starts a cluster; returns its URL (user "atelier", trusted on 127.0.0.1) and a stop function. */
export async function startCluster() {
  const bin = ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), "atelier-pg-"));
  // The unprivileged user must reach its data folder.
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  run(bin, "initdb", ["-D", data, "-U", "atelier", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const port = await freePort();
  // Durability is not what these tests are about: without fsync the suite is several times faster. A
  // client killed mid-query (the crash tests) is noticed within 100 ms, and its transaction rolled back.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c client_connection_check_interval=100`;
  run(bin, "pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
  const url = `postgres://atelier@127.0.0.1:${port}/postgres`;
  const stop = () => {
    try {
      run(bin, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url, port, stop };
}
