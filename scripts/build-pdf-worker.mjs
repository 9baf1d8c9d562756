// After `next build`: the PDF worker, bundled beside the build (lib/pdf/worker/bundle.mjs).
import { BUILT_WORKER, bundlePdfWorker } from "../lib/pdf/worker/bundle.mjs";

console.info(`PDF worker: ${await bundlePdfWorker(process.cwd(), BUILT_WORKER)}`);
