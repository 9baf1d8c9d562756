// Lighthouse, run by plain Node (not through tsx: its page functions are serialised to the browser, and
// tsx's transform adds helpers the page does not have). Input and output as JSON.
//   node bench/lighthouse-run.mjs '{"base":"http://...","cookie":"...","pages":[{"name":"...","path":"/...","signedIn":true}]}'
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { existsSync } from "node:fs";

const { base, cookie, pages } = JSON.parse(process.argv[2]);
const chrome = await chromeLauncher.launch({
  chromePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const results = [];
try {
  for (const page of pages) {
    const run = await lighthouse(
      `${base}${page.path}`,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: page.signedIn ? { Cookie: cookie } : undefined },
      desktopConfig,
    );
    const lhr = run.lhr;
    const weighted = new Set(lhr.categories.accessibility.auditRefs.filter((r) => r.weight > 0).map((r) => r.id));
    results.push({
      name: page.name,
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      failed: Object.values(lhr.audits).filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1).map((a) => a.id),
    });
  }
} finally {
  chrome.kill();
}
process.stdout.write(JSON.stringify(results));
