// The contributors' documents name the code's files: each path they name exists, so the map stays true.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const PATH = /`((?:app|components|lib|db|simulator|scripts|tests|e2e|bench)\/[^`\s]*|[\w.-]+\.(?:ts|mts|mjs|md))`/g;

describe.each(["ARCHITECTURE.md", "CONTRIBUTING.md"])("%s", (document) => {
  it("names only paths that exist", () => {
    const named = [...readFileSync(document, "utf8").matchAll(PATH)].map((m) => m[1]!.replace(/\/$/, "")).filter((p) => !p.includes("<") && !p.includes("…"));
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((p) => !existsSync(p))).toEqual([]);
  });
});
