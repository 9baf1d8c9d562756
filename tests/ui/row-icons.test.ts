// The row icons' stylesheet (app/row-icons.css) is the one `npm run icons` writes from
// components/ui/row-icons.ts, and it draws every icon the badges and flags name: a name without its rule
// would draw nothing.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { ROW_ICONS_FILE, rowIconsCss, type RowIcon } from "@/components/ui/row-icons";

const NAMED: RowIcon[] = ["inbox", "truck", "search", "file-text", "wrench", "help", "check", "ban", "dot", "alarm", "alert", "clock"];

it("holds every icon, as npm run icons writes it", () => {
  const file = readFileSync(ROW_ICONS_FILE, "utf8");
  expect(file).toBe(rowIconsCss());
  for (const name of NAMED) expect(file).toMatch(new RegExp(`\\.i-${name} \\{\\n  --icon: url\\("data:image/svg\\+xml,%3Csvg [^"]+%3C/svg%3E"\\);`));
  expect(readFileSync("app/globals.css", "utf8")).toContain('@import "./row-icons.css";');
});
