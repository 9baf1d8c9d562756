// Small real files for uploads, and a real drop event carrying several of them.
import type { Page } from "@playwright/test";

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
export const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108020000009077053de0000000c4944415408d763f8cfc0000003010100c9fe92ef0000000049454e44ae426082", "hex");

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
