// What a scanner reads off a PDF as a printer prints it: its pages rendered at 300 dpi (pdftoppm), each
// page's barcodes decoded (zbarimg). The rendered pages live in a folder of their own, removed afterwards.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The codes of pages `first` to `last`, a list a page in page order ("CODE-128:A-01", "QR-Code:…"). */
export function barcodesOf(pdf: Uint8Array, first = 1, last = first): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "atelier-barcodes-"));
  try {
    writeFileSync(join(dir, "doc.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", "300", "-png", "-f", String(first), "-l", String(last), join(dir, "doc.pdf"), join(dir, "page")]);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .sort()
      .map((f) => execFileSync("zbarimg", ["--quiet", join(dir, f)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split("\n"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
