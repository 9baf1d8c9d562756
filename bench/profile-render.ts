// Where a page's server time goes: the production server under --cpu-prof, each page requested a few
// hundred times (signed in, as bench/render.ts does), then the profile read by place and function.
// `tsx --conditions=react-server bench/profile-render.ts [dossiers=10000 | a bench .db] [page=all]` after
// `npm run build`;
// the figures are written up in docs/bench.md.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printSummary } from "./cpu-profile";
import { benchTarget } from "./database";
import { benchDir, generateMirror, startBenchSimulator } from "./mirror";
import { startAppServer } from "./server";

const PAGES: Record<string, (numbers: string[], i: number) => string> = {
  // The floor: a page of the signed-in area with nothing in it (no dossier matches).
  empty: () => "/dossiers?reseller=AUCUN",
  queue: () => "/dossiers",
  dossier: (numbers, i) => `/dossiers/${numbers[i % numbers.length]}`,
  search: (_, i) => `/recherche?q=${encodeURIComponent(["helene", "samsung", "dupont"][i % 3]!)}`,
  today: () => "/",
};

async function main() {
  const given = process.argv[2] ?? "10000";
  const only = process.argv[3];
  const dir = benchDir();
  const sim = await startBenchSimulator(300, 0, dir);
  // A mirror of that many dossiers, filled by a server as the bench fills it; or a bench database given by its path.
  let target = given;
  if (/^\d+$/.test(given)) {
    target = await benchTarget(dir, `profile-${given}`);
    const filler = await startAppServer(target, sim.origin);
    await generateMirror(target, Number(given));
    await filler.stopped();
  }
  for (const [name, path] of Object.entries(PAGES)) {
    if (only && only !== name) continue;
    const profile = join(mkdtempSync(join(tmpdir(), `atelier-profile-${name}-`)), "render.cpuprofile");
    process.env.ATELIER_PROFILE_OUT = profile;
    const server = await startAppServer(target, sim.origin, ["--import", "./bench/profile-hooks.mjs"]);
    const numbers = [...(await server.get("/dossiers?sort=newest")).matchAll(/href="\/dossiers\/([A-Z]{3}-\d{4}-\d{4})"/g)].map((m) => m[1]!);
    for (let i = 0; i < 20; i++) await server.get(path(numbers, i));
    process.kill(server.pid, "SIGUSR2");
    const started = performance.now();
    const html = await server.get(path(numbers, 0));
    for (let i = 0; i < 300; i++) await server.get(path(numbers, i));
    const perPage = (performance.now() - started) / 301;
    await server.stopped();
    console.log(`\n## ${name} (${path(numbers, 0)}): ${perPage.toFixed(1)} ms a page over HTTP, HTML ${(html.length / 1024).toFixed(1)} kB`);
    printSummary(profile, 30);
  }
  await sim.sim.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
