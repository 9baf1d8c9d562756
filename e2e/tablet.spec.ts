// The workshop's tablets, held both ways: every page fits the width, and every control a finger may aim
// at is at least 44 × 44 px (the label around a checkbox counts). Installable: manifest, icons, theme colour.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { stateFile } from "./support/paths";

const TABLETS = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];

/** Controls smaller than 44 × 44 px, and whether the page scrolls sideways. */
function tooSmall(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push(`la page déborde : ${document.documentElement.scrollWidth} px`);
    for (const el of document.querySelectorAll<HTMLElement>("a[href], button, input:not([type=hidden]), select, textarea, summary")) {
      const own = el.getBoundingClientRect();
      const hidden = own.width <= 1 || own.height <= 1;
      const isCheck = el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio");
      // A visually hidden file input or a checkbox is aimed at through its label.
      const target = hidden || isCheck ? el.closest("label") : el;
      if (!target) continue;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(target).visibility === "hidden") continue;
      if (box.width < 44 || box.height < 44) {
        const name = (el.getAttribute("aria-label") || el.textContent || el.getAttribute("name") || "").trim().slice(0, 40);
        found.push(`${el.tagName.toLowerCase()} « ${name} » ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return found;
  });
}

for (const viewport of TABLETS) {
  test(`${viewport.width} × ${viewport.height}: no page scrolls sideways and every target is at least 44 px`, async ({ browser }) => {
    test.setTimeout(90_000);
    const pages: Array<[string, string[]]> = [
      ["manager", ["/", "/notifications", "/dossiers", "/dossiers?mine=1", "/reception", "/recherche?q=apple", "/devis", "/retards", "/activite", "/simulateur", "/pieces", "/pieces/commandes", "/pieces/reception"]],
      ["admin", ["/admin/utilisateurs", "/admin/centre", "/admin/tarifs", "/admin/donnees-a-verifier"]],
    ];
    for (const [role, paths] of pages) {
      const context = await browser.newContext({ viewport, hasTouch: true, storageState: stateFile(role) });
      const page = await context.newPage();
      const scans: string[] = [];
      if (role === "manager") {
        // A dossier in expertise (documents, quote builder, notes), one at RMAD (accept/refuse), and a wizard.
        for (const status of ["IEXP", "RMAD"]) {
          await page.goto(`/dossiers?status=${status}`);
          const n = (await page.getByTestId("queue-row").first().getByRole("link").first().textContent())!;
          paths.push(`/dossiers/${n}`, `/dossiers/${n}/parcours`);
          scans.push(n);
        }
      }
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator("main")).toBeVisible();
        // The goods-in desk with its scans listed: next step, agreement field, prints, photos, accessories.
        for (const n of path === "/reception" ? scans : []) {
          await page.getByLabel("Code scanné ou tapé", { exact: true }).fill(n);
          await page.keyboard.press("Enter");
          await expect(page.getByTestId("reception-line").filter({ hasText: n })).toBeVisible();
        }
        expect(await tooSmall(page), `${path} à ${viewport.width} × ${viewport.height}`).toEqual([]);
      }
      await context.close();
    }
  });
}

test("Atelier is installable: a manifest with its icons, and a theme colour", async ({ page }) => {
  await page.goto("/dossiers");
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#1d4ed8");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await page.request.get(href!)).json();
  expect(manifest).toMatchObject({ short_name: "Atelier", display: "standalone", start_url: "/", theme_color: "#1d4ed8", lang: "fr" });
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) {
    const response = await page.request.get(icon.src);
    expect([icon.src, response.status(), response.headers()["content-type"]]).toEqual([icon.src, 200, "image/png"]);
  }
});
