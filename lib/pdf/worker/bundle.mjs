// The PDF worker as one file Node runs in a worker thread: lib/pdf/worker/entry.ts and what it imports,
// bundled with esbuild; the packages (pdfkit, bwip-js) stay in node_modules, where they read their own
// data files. Run by `npm run build` (into .next/) and, when that file is missing, by the app itself
// (`npm run dev`, the tests), into node_modules/.cache/.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const BUILT_WORKER = join(".next", "atelier", "pdf-worker.mjs");
export const DEV_WORKER = join("node_modules", ".cache", "atelier", "pdf-worker.mjs");

export async function bundlePdfWorker(root, outfile) {
  const { build } = await import("esbuild");
  const target = join(root, outfile);
  mkdirSync(dirname(target), { recursive: true });
  const { outputFiles } = await build({
    absWorkingDir: root,
    entryPoints: ["lib/pdf/worker/entry.ts"],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    alias: { "server-only": "./lib/pdf/worker/server-only.mjs" },
    logLevel: "warning",
    write: false,
  });
  // Written aside, then renamed: several processes (the test workers) may bundle at once, and none may
  // start a worker on another's half-written file.
  const aside = `${target}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(aside, outputFiles[0].contents);
  renameSync(aside, target);
  return target;
}
