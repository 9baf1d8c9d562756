// Server render over HTTP, signed in: the queue, a dossier page, a search, « Aujourd'hui ».
import type { AppServer } from "./server";
import { sample } from "./stats";

export async function renderBench(server: AppServer) {
  const page = await server.get("/dossiers?sort=newest");
  const numbers = [...page.matchAll(/href="\/dossiers\/([A-Z]{3}-\d{4}-\d{4})"/g)].map((m) => m[1]!);
  for (let i = 0; i < 5; i++) await server.get("/dossiers"); // warm-up
  const queue = await sample(60, (i) => server.get(i % 2 ? "/dossiers?phase=a-traiter" : "/dossiers"));
  const dossier = await sample(60, (i) => server.get(`/dossiers/${numbers[i % numbers.length]}`));
  const search = await sample(60, (i) => server.get(`/recherche?q=${encodeURIComponent(["helene", "samsung", "dupont"][i % 3]!)}`));
  const home = await sample(60, () => server.get("/"));
  const queueHtmlBytes = Buffer.byteLength(await server.get("/dossiers"));
  return { queue, dossier, search, home, numbers, queueHtmlBytes };
}
