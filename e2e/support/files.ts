// Small real files for uploads, and a real drop event carrying several of them.
import type { Page } from "@playwright/test";

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
// A 2 × 2 PNG that decodes (uploads are decoded and re-encoded, lib/files/images.ts).
export const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000000970485973000003e8000003e801b57b526b0000001249444154089963304e3b639c76860142010024b605950505077f0000000049454e44ae426082", "hex");

/** The review's logo: a PNG's magic bytes and a 1 × 1 RGBA header over an IDAT that is not valid zlib. */
export const BROKEN_PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000449444154789c010247b47e8d0000000049454e44ae426082", "hex");
/** A header of 15000 × 15000 RGBA pixels (900 MB decoded) over a few bytes. */
export const BOMB_PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200003a9800003a980806000000de14c9a50000001149444154789c63601805a360140c77000003e80001b3a6d3460000000049454e44ae426082", "hex");

export const pdfFile = (name: string) => ({ name, mimeType: "application/pdf", buffer: PDF });

/** Dispatches a genuine drop event, with a DataTransfer holding the files, on the element. */
export async function dropFiles(page: Page, selector: string, files: Array<{ name: string; type: string; base64: string }>) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return transfer;
  }, files);
  await page.dispatchEvent(selector, "dragenter", { dataTransfer });
  await page.dispatchEvent(selector, "drop", { dataTransfer });
}
