import { benchDir, startSimulatorProcess } from "./mirror";
import { startAppServer } from "./server";
void (async () => {
  const sim = await startSimulatorProcess(60, 0, benchDir());
  const t0 = Date.now();
  const server = await startAppServer(process.env.TARGET!, sim.origin);
  console.log("server up after", (Date.now() - t0) / 1000);
  try {
    for (const path of ["/recherche?q=helene", "/recherche?q=samsung", "/recherche?q=dupont", "/dossiers", "/"]) {
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        await server.get(path);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(path, "p50", times[7]!.toFixed(1));
    }
  } finally {
    server.stop();
    sim.close();
  }
})();
