import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";

// The ZXing reader the camera scanner runs when the browser has no native BarcodeDetector. Served by
// Atelier itself, from the installed zxing-wasm package, so nothing is fetched from a CDN and the CSP
// keeps connect-src 'self'. The version travels in the query string, hence the long cache.
const WASM = path.join(process.cwd(), "node_modules", "zxing-wasm", "dist", "reader", "zxing_reader.wasm");
let bytes: Promise<Buffer> | null = null;

export const GET = defineRoute({
  name: "scanner.wasm",
  schema: z.object({}),
  permission: "dossiers:read",
  input: () => ({}),
  run: () =>
    (bytes ??= readFile(WASM).catch((error) => {
      bytes = null;
      throw error;
    })),
  respond: (wasm) =>
    new Response(new Uint8Array(wasm), { headers: { "Content-Type": "application/wasm", "Cache-Control": "private, max-age=31536000, immutable" } }),
});
