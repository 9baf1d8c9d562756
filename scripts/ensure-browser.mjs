// Makes sure the tests have what they run on: Debian's Chromium (/usr/bin/chromium), since Playwright cannot
// download its own browser on these machines, and poppler-utils and zbar-tools, with which the printing tests
// render Atelier's PDFs and decode their barcodes as a scanner would. Installed when missing, as root.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const NEEDED = [
  { path: "/usr/bin/chromium", pkg: "chromium" },
  { path: "/usr/bin/pdftoppm", pkg: "poppler-utils" },
  { path: "/usr/bin/zbarimg", pkg: "zbar-tools" },
];

const missing = NEEDED.filter((n) => !existsSync(n.path)).map((n) => n.pkg);
if (!missing.length) {
  console.log(`Outils de test présents : ${NEEDED.map((n) => n.path).join(", ")}`);
} else if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  console.log(`Installation des paquets Debian manquants : ${missing.join(", ")}…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(" ")}`, { stdio: "inherit" });
} else {
  console.log(`Paquets Debian absents et pas root : ${missing.join(", ")} (Playwright utilisera son propre navigateur).`);
}
