import { join } from "node:path"; import { startBenchSimulator, syncInto, benchDir } from "./mirror";
async function main() {
const dir = benchDir();
const sim = await startBenchSimulator(10000, 0, dir);
for (let i = 0; i < 2; i++) {
  const t0 = performance.now();
  const lists = await Promise.all(["RMAD","D","IEXP","RPR"].map((s) => sim.client.retrieveRequests(s as never)));
  console.log("fetch 4 statuses", (performance.now() - t0).toFixed(0), "ms", lists.reduce((a, l) => a + l.length, 0));
}
const first = await syncInto(join(dir, "a.db"), sim.client, 4);
console.log("first sync", first.seconds.toFixed(2));
const second = await syncInto(join(dir, "a.db"), sim.client, 4);
console.log("second sync", second.seconds.toFixed(2));
}
void main();
