// Makes sure end-to-end tests have a Chromium: Debian's (/usr/bin/chromium) is installed when missing and
// we run as root, since Playwright cannot download its own browser on these machines.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

if (existsSync(DEBIAN_CHROMIUM)) {
  console.log(`Chromium: ${DEBIAN_CHROMIUM}`);
} else if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  console.log("Chromium absent: installation du paquet Debian chromium…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
} else {
  console.log("Chromium Debian absent et pas root : Playwright utilisera son propre navigateur (npx playwright install chromium).");
}
