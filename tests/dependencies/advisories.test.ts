// Versions past known advisories, as installed from the lockfile (the advisory service is out of reach of
// the build machines: these are the ones the README names, kept from coming back by a downgrade).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const installed = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string }).version;
const atLeast = (version: string, floor: string) => {
  const [a, b] = [version, floor].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) if (a![i] !== b![i]) return a![i]! > b![i]!;
  return true;
};

describe("dependencies with advisories", () => {
  it("nodemailer is 9.1 or later, for Atelier and for Auth.js alike", () => {
    expect(atLeast(installed("nodemailer"), "9.1.0")).toBe(true);
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { version: string }> };
    const copies = Object.entries(lock.packages).filter(([path]) => path.endsWith("node_modules/nodemailer"));
    expect(copies.length).toBeGreaterThan(0);
    for (const [path, { version }] of copies) expect(atLeast(version, "9.1.0"), path).toBe(true);
  });
});
