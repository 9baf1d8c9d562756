// Every French string Atelier shows or writes lives in lib/i18n: a literal of lib/ outside it that has an
// accented letter or a common French word fails here, with its file and line. TypeScript's own scanner
// finds the literals, so comments, regular expressions and identifiers are not mistaken for text.
import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ACCENTED = /[àâäçéèêëîïôöûùüÿœæ]/i;
const WORDS = /\b(le|la|les|des|du|une|est|sont|pour|pas|avec|dans|sur|aucun|aucune|requis|votre|vous|nous|être|doit|statut|fichier|adresse|caractères|réessayez)\b/i;
/** Literals that are not text: the characters the PDF fonts can print beyond ASCII (lib/pdf/render.ts). */
const NOT_TEXT = new Set(["€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"]);
const LITERALS = new Set([ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.TemplateHead, ts.SyntaxKind.TemplateMiddle, ts.SyntaxKind.TemplateTail]);

function frenchLiterals(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard, text);
  const found: string[] = [];
  let braces = 0;
  const templates: number[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.OpenBraceToken) braces++;
    if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (templates.length && templates[templates.length - 1] === braces) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
      } else braces--;
    }
    if (kind === ts.SyntaxKind.TemplateHead) templates.push(braces);
    if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) {
      // A regular expression where one may start: its text is a pattern, not words.
      const rescanned = scanner.reScanSlashToken();
      if (rescanned === ts.SyntaxKind.RegularExpressionLiteral) continue;
    }
    if (!LITERALS.has(kind)) continue;
    const value = scanner.getTokenValue();
    if (NOT_TEXT.has(value)) continue;
    if (ACCENTED.test(value) || WORDS.test(value)) {
      const line = text.slice(0, scanner.getTokenStart()).split("\n").length;
      found.push(`${file}:${line} ${JSON.stringify(value.slice(0, 60))}`);
    }
  }
  return found;
}

const sources = readdirSync("lib", { recursive: true, encoding: "utf8" })
  .map((name) => `lib/${name}`)
  .filter((file) => /\.(ts|tsx)$/.test(file) && !file.startsWith("lib/i18n/"));

describe("French text", () => {
  it("is only in lib/i18n", () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.flatMap(frenchLiterals)).toEqual([]);
  });
});
