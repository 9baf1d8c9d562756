import { createDatabase, startCluster } from "../scripts/postgres-cluster.mjs";
import { generateMirror } from "./mirror";
void (async () => {
  const cluster = await startCluster();
  const url = await createDatabase(cluster.url, "big");
  console.log("URL", url);
  const started = Date.now();
  await generateMirror(url, Number(process.env.SIZE ?? 1_000_000));
  console.log("READY", (Date.now() - started) / 1000);
  setInterval(() => {}, 1 << 30);
})();
