// The sync keeps a long list on disk until it has all come (lib/rma/spill.ts): a reply cut halfway is
// read again from the start and mirrored once, whole; one that never comes whole changes nothing; and no
// temporary file outlives its sync, whatever happened.
import { mkdtempSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { dossiers } from "@/db/schema";
import { createRmaClient } from "@/lib/rma/client";
import { runSync } from "@/lib/sync/run-sync";
import { createRandom, newDossier } from "@/simulator/seed";
import { freshDatabase, type TestDatabase } from "../support/database";

// More than the sync keeps in memory (lib/rma/spill.ts), even cut halfway: the list goes through a file.
const COUNT = 12_000;
let database: TestDatabase;
let server: Server;
let origin: string;
let scratch: string;
let previousTmp: string | undefined;
/** How the next RMAD replies end: cut after half the list, or whole. */
let plan: Array<"cut" | "whole"> = [];
let asked = 0;

function wire(seq: number) {
  const { record } = newDossier(createRandom(seq), seq, { at: new Date("2026-11-01T10:00:00Z") });
  return JSON.stringify({ ...record, demand_number: `SPILL-${String(seq).padStart(5, "0")}`, current_status_code: "RMAD" });
}

beforeEach(async () => {
  database = await freshDatabase();
  previousTmp = process.env.TMPDIR;
  scratch = mkdtempSync(join(tmpdir(), "atelier-spill-test-"));
  process.env.TMPDIR = scratch; // os.tmpdir() reads it at each call
  plan = [];
  asked = 0;
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://platform");
    request.resume();
    response.setHeader("Content-Type", "application/json");
    if (url.pathname.endsWith("/token/create")) return void response.end(JSON.stringify({ access_token: "jeton", token_type: "Bearer", expires_in: 3600 }));
    asked++;
    const ending = plan.shift() ?? "whole";
    response.write('{"status":"OK","message":"Success","data":[');
    for (let seq = 1; seq <= COUNT; seq++) {
      if (ending === "cut" && seq > COUNT / 2) {
        // Once what was written has left, the connection drops in the middle of the list.
        return void response.write(" ", () => setTimeout(() => response.socket?.destroy(), 50));
      }
      response.write(`${seq > 1 ? "," : ""}${wire(seq)}`);
    }
    response.end("]}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterEach(async () => {
  process.env.TMPDIR = previousTmp;
  if (previousTmp === undefined) delete process.env.TMPDIR;
  await new Promise((resolve) => server.close(resolve));
  await database.close();
});

const client = (readRetries: number) => createRmaClient({ baseUrl: `${origin}/api/`, clientId: "c", clientSecret: "s", readRetries, retryBaseDelayMs: 5, timeoutMs: 10_000 });
const mirrored = async () => (await database.db.select({ n: dossiers.demandNumber }).from(dossiers)).length;

it("reads a reply cut halfway again from the start, and mirrors the whole list once", async () => {
  plan = ["cut", "whole"];
  const result = await runSync({ db: database.db, client: client(2), statuses: ["RMAD"], concurrency: 1 });
  expect(asked).toBe(2);
  expect(result.failed).toEqual([]);
  expect(result.dossiers).toBe(COUNT);
  expect(result.inserted).toBe(COUNT);
  expect(await mirrored()).toBe(COUNT);
  expect(readdirSync(scratch)).toEqual([]);
});

it("changes nothing when the list never comes whole, and leaves no file behind", async () => {
  plan = ["cut", "cut", "cut"];
  const result = await runSync({ db: database.db, client: client(2), statuses: ["RMAD"], concurrency: 1 });
  expect(asked).toBe(3);
  expect(result.failed.map((f) => [f.status, f.kind])).toEqual([["RMAD", "network"]]);
  expect(await mirrored()).toBe(0);
  expect(readdirSync(scratch)).toEqual([]);
});
