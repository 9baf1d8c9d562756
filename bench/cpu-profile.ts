// Reads a V8 .cpuprofile (node --cpu-prof) and prints where the time went: self time per function and per
// package or app folder. `tsx bench/cpu-profile.ts <file.cpuprofile> [top]`; used by bench/profile-render.ts.
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a script lives: its npm package, or the app's own folder (lib/dossiers, components/…), or Node. */
export function placeOf(url: string): string {
  if (!url) return "(native / V8)";
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    const inner = /next\/dist\/(compiled\/[^/]+|server\/[^/]+|[^/]+)/.exec(url);
    return pkg[1] === "next" && inner ? `next/${inner[1]}` : pkg[1]!;
  }
  const chunk = /\.next\/server\/(.+)$/.exec(url);
  if (chunk) return `.next/server (${chunk[1]!.split("/").slice(0, 2).join("/")})`;
  const app = /\/(app|lib|components|db)\/(.*)$/.exec(url);
  return app ? `${app[1]}/${app[2]!.split("/")[0]}` : url.replace(/^.*\//, "");
}

export function summarise(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const functions = new Map<string, number>();
  const places = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)" || functionName === "(garbage collector)") {
      places.set(functionName, (places.get(functionName) ?? 0) + us);
      continue;
    }
    const key = `${functionName || "(anonymous)"} ${placeOf(url)}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
    places.set(placeOf(url), (places.get(placeOf(url)) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, functions: sorted(functions), places: sorted(places) };
}

export function printSummary(file: string, top = 25) {
  const { totalMs, functions, places } = summarise(JSON.parse(readFileSync(file, "utf8")) as Profile);
  const pct = (us: number) => `${((100 * us) / 1000 / totalMs).toFixed(1)} %`;
  console.log(`\n${file}: ${(totalMs / 1000).toFixed(1)} s sampled\n\nby place:`);
  for (const [place, us] of places.slice(0, top)) console.log(`  ${pct(us).padStart(7)}  ${place}`);
  console.log("\nby function (self time):");
  for (const [fn, us] of functions.slice(0, top)) console.log(`  ${pct(us).padStart(7)}  ${fn}`);
}

if (process.argv[1]?.endsWith("cpu-profile.ts") && process.argv[2]) printSummary(process.argv[2], Number(process.argv[3] ?? 25));
