// In a real Chromium: the JavaScript each page ships (gzip, as transferred, cold cache) and a 10 MB
// document uploaded from the browser through Atelier to the simulator.
import { chromium, type Browser } from "@playwright/test";
import { existsSync } from "node:fs";
import { CHROMIUM_ARGS, DEBIAN_CHROMIUM } from "../e2e/support/paths";
import { peakMemoryMiB, type AppServer } from "./server";

export const launchBrowser = () => chromium.launch({ executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined, args: CHROMIUM_ARGS });

async function signedInContext(browser: Browser, server: AppServer) {
  const context = await browser.newContext({ baseURL: server.base });
  await context.addCookies(server.cookie.split("; ").map((pair) => {
    const [cookieName, ...value] = pair.split("=");
    return { name: cookieName!, value: value.join("="), url: server.base };
  }));
  return context;
}

/** Bytes of JavaScript transferred to load a page with an empty cache. */
async function scriptBytes(browser: Browser, server: AppServer, path: string, signedIn: boolean) {
  const context = signedIn ? await signedInContext(browser, server) : await browser.newContext({ baseURL: server.base });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") sizes.push(request.sizes().then((s) => s.responseBodySize));
  });
  await page.goto(path, { waitUntil: "networkidle" });
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}

export async function jsWeights(browser: Browser, server: AppServer, dossier: string) {
  return {
    signIn: await scriptBytes(browser, server, "/connexion", false),
    queue: await scriptBytes(browser, server, "/dossiers", true),
    dossier: await scriptBytes(browser, server, `/dossiers/${dossier}`, true),
  };
}

/** A 10 MB PDF dropped on a dossier and sent: seconds until "Envoyé", and the server's peak memory. */
export async function uploadBench(browser: Browser, server: AppServer, dossier: string, size = 10 * 1024 * 1024) {
  const context = await signedInContext(browser, server);
  const page = await context.newPage();
  await page.goto(`/dossiers/${dossier}`);
  await page.getByRole("button", { name: "Ajouter des documents" }).click();
  const content = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size - 9 - 1024, 0x20)]);
  await page.locator("#documents-files").setInputFiles({ name: "rapport-10mo.pdf", mimeType: "application/pdf", buffer: content });
  const before = peakMemoryMiB(server.pid);
  const started = performance.now();
  await page.getByRole("button", { name: "Envoyer les fichiers" }).click();
  await page.getByTestId("upload-item").getByText("Envoyé").waitFor({ timeout: 120_000 });
  const seconds = (performance.now() - started) / 1000;
  await context.close();
  return { seconds, bytes: content.length, peakBeforeMiB: before, peakAfterMiB: peakMemoryMiB(server.pid) };
}
