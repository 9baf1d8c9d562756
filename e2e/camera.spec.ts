// Camera scanning in a real Chromium with a fake camera playing a generated video of a dossier's Code 128:
// the ZXing WebAssembly served by Atelier reads it (headless Chromium on Linux has no native detector).
import { chromium, type Page } from "@playwright/test";
import { resolve } from "node:path";
import { writeBarcodeVideo } from "./support/barcode-video";
import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";
import { BASE_URL, CHROMIUM_ARGS, DEBIAN_CHROMIUM, E2E_DIR, stateFile } from "./support/paths";

test.describe.configure({ timeout: 90_000 });

async function withCamera(text: string, run: (page: Page) => Promise<void>) {
  const video = resolve(E2E_DIR, `camera-${text}.y4m`);
  writeBarcodeVideo(video, text);
  const browser = await chromium.launch({
    executablePath: DEBIAN_CHROMIUM,
    args: [...CHROMIUM_ARGS, "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const context = await browser.newContext({ baseURL: BASE_URL, storageState: stateFile("technician"), permissions: ["camera"], locale: "fr-FR" });
    const page = await context.newPage();
    const wasm: number[] = [];
    page.on("response", (r) => r.url().includes("zxing_reader.wasm") && wasm.push(r.status()));
    const outside: string[] = [];
    page.on("request", (r) => !r.url().startsWith(BASE_URL) && !r.url().startsWith("data:") && !r.url().startsWith("blob:") && outside.push(r.url()));
    await run(page);
    expect(wasm).toEqual([200]);
    expect(outside).toEqual([]);
  } finally {
    await browser.close();
  }
}

test("the reception station reads a dossier's barcode from the camera and offers its next step", async ({ page }) => {
  const n = await newSyncedDossier(page.request, "PAD");
  await withCamera(n, async (tablet) => {
    await tablet.setViewportSize({ width: 1024, height: 768 });
    await tablet.goto("/reception");
    await tablet.getByRole("main").getByRole("button", { name: "Scanner avec la caméra" }).click();
    const line = tablet.getByTestId("reception-line").filter({ hasText: n }).first();
    await expect(line).toBeVisible({ timeout: 20_000 });
    await expect(line.getByRole("button", { name: "Produit reçu (D)" })).toBeVisible();
    await expect(tablet.getByRole("dialog")).toBeHidden();
  });
});

test("the search box's camera opens the scanned dossier", async ({ page }) => {
  const n = await newSyncedDossier(page.request, "REP");
  await withCamera(n, async (tablet) => {
    await tablet.goto("/dossiers");
    await tablet.getByRole("search").getByRole("button", { name: "Scanner avec la caméra" }).click();
    await expect(tablet).toHaveURL(new RegExp(`/dossiers/${n}$`), { timeout: 20_000 });
    await expect(tablet.getByRole("heading", { level: 1, name: n })).toBeVisible();
  });
});
