// The memory a sync takes for one status that holds 100,000 dossiers, in two processes of its own:
//   platform: a stand-in for RMA Manager whose RMAD list is 100,000 dossiers, written as they are made
//             (nothing holds the whole reply), every other status empty;
//   sync:     runs Atelier's sync of RMAD against it on a fresh database (BIG_DB: a file or a postgres URL)
//             and prints its resident memory before and at its peak, sampled every 10 ms.
import { createServer } from "node:http";
import { runSync } from "@/lib/sync/run-sync";
import { createRmaClient } from "@/lib/rma/client";
import { createRandom, newDossier } from "@/simulator/seed";
import { openBench } from "./database";

const COUNT = Number(process.env.BIG_COUNT ?? 100_000);

async function platform() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://platform");
    request.resume();
    response.setHeader("Content-Type", "application/json");
    if (url.pathname.endsWith("/token/create")) return void response.end(JSON.stringify({ access_token: "jeton-du-banc", token_type: "Bearer", expires_in: 3600 }));
    if (url.searchParams.get("status") !== "RMAD") return void response.end(JSON.stringify({ status: "OK", message: "Success", data: [] }));
    const random = createRandom(7);
    const now = new Date();
    let seq = 1;
    response.write('{"status":"OK","message":"Success","data":[');
    const more = () => {
      while (seq <= COUNT) {
        const { record } = newDossier(random, seq, { at: new Date(now.getTime() - random.int(0, 90 * 24) * 3_600_000) });
        const ok = response.write(`${seq > 1 ? "," : ""}${JSON.stringify({ ...record, demand_number: `BIG-${String(seq).padStart(7, "0")}`, current_status_code: "RMAD" })}`);
        seq++;
        if (!ok) return void response.once("drain", more);
      }
      response.end("]}");
    };
    more();
  });
  server.listen(0, "127.0.0.1", () => console.log(`PORT ${(server.address() as { port: number }).port}`));
}

async function sync() {
  const { db, close } = await openBench(process.env.BIG_DB!);
  const client = createRmaClient({ baseUrl: `${process.env.BIG_API}`, clientId: "banc", clientSecret: "banc", timeoutMs: 600_000, readRetries: 0 });
  global.gc?.();
  const mib = () => process.memoryUsage().rss / 2 ** 20;
  const idle = mib();
  let peak = idle;
  const timer = setInterval(() => (peak = Math.max(peak, mib())), 10);
  const started = performance.now();
  const result = await runSync({ db, client, statuses: ["RMAD"], concurrency: 1 });
  clearInterval(timer);
  peak = Math.max(peak, mib());
  console.log(`RESULT ${JSON.stringify({ dossiers: result.dossiers, seconds: (performance.now() - started) / 1000, idle, peak })}`);
  await close();
}

void (process.argv[2] === "platform" ? platform() : sync()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
