// Where a page's server time goes: the production server under --cpu-prof, each page requested a few
// hundred times (signed in, as bench/render.ts does), then the profile read by place and function.
// `tsx --conditions=react-server bench/profile-render.ts [dossiers=10000] [page=all]` after `npm run build`;
// the figures are written up in docs/bench.md.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printSummary } from "./cpu-profile";
import { benchTarget } from "./database";
import { benchDir, generateMirror, startBenchSimulator } from "./mirror";
import { startAppServer } from "./server";

const PAGES: Record<string, (numbers: string[], i: number) => string> = {
  queue: () => "/dossiers",
  dossier: (numbers, i) => `/dossiers/${numbers[i % numbers.length]}`,
  search: (_, i) => `/recherche?q=${encodeURIComponent(["helene", "samsung", "dupont"][i % 3]!)}`,
  today: () => "/",
};

async function main() {
  const size = Number(process.argv[2] ?? 10_000);
  const only = process.argv[3];
  const dir = benchDir();
  const sim = await startBenchSimulator(300, 0, dir);
  const target = await benchTarget(dir, `profile-${size}`);
  // A server to fill the mirror as the bench does, then one under the profiler on it.
  const filler = await startAppServer(target, sim.origin);
  await generateMirror(target, size);
  await filler.stopped();
  for (const [name, path] of Object.entries(PAGES)) {
    if (only && only !== name) continue;
    const profiles = mkdtempSync(join(tmpdir(), `atelier-profile-${name}-`));
    const server = await startAppServer(target, sim.origin, ["--cpu-prof", `--cpu-prof-dir=${profiles}`, "--require", "./bench/exit-on-term.cjs"]);
    const numbers = [...(await server.get("/dossiers?sort=newest")).matchAll(/href="\/dossiers\/([A-Z]{3}-\d{4}-\d{4})"/g)].map((m) => m[1]!);
    for (let i = 0; i < 20; i++) await server.get(path(numbers, i));
    const started = performance.now();
    const html = await server.get(path(numbers, 0));
    for (let i = 0; i < 300; i++) await server.get(path(numbers, i));
    const perPage = (performance.now() - started) / 301;
    await server.stopped();
    console.log(`\n## ${name} (${path(numbers, 0)}): ${perPage.toFixed(1)} ms a page over HTTP, HTML ${(html.length / 1024).toFixed(1)} kB`);
    for (const file of readdirSync(profiles)) printSummary(join(profiles, file), 30);
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
