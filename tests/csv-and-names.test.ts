// What a manager opens in a spreadsheet never runs as a formula, and a user name cannot carry one.
import { describe, expect, it } from "vitest";
import { nameSchema } from "@/db/schema";
import { toCsv } from "@/lib/activity/csv";

describe("CSV export", () => {
  it("writes cells a spreadsheet would take for a formula as text", () => {
    const csv = toCsv(["a"], [["=HYPERLINK(\"http://x\")"], ["+33 6"], ["-2+3"], ["@SUM(A1)"], ["\tcaché"], ["\rretour"], ["Dupont"]]);
    const lines = csv.slice(1).split("\r\n");
    expect(lines.slice(1, 8)).toEqual([`"'=HYPERLINK(""http://x"")"`, "'+33 6", "'-2+3", "'@SUM(A1)", "'\tcaché", `"'\rretour"`, "Dupont"]);
  });
});

describe("user names", () => {
  it("take letters, digits, spaces and ' - . only", () => {
    for (const ok of ["Théo Technicien", "Anne-Marie O'Neil", "J. Dupont 2", "Zoë Ærø"]) expect(nameSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ["=cmd|' /C calc'!A0", "<script>", "Nom;Prénom", "a\tb", "@admin"]) expect(nameSchema.safeParse(bad).success, bad).toBe(false);
  });
});
