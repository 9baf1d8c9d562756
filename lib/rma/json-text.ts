// JSON.parse turns 12345678901234567890 into 12345678901234567000: a serial number or an EAN sent as a JSON
// number would lose its digits before any schema sees it. Number literals that a double cannot hold exactly
// are turned into strings of their own digits first; every other literal is left as it is.

/** Parses JSON text; a number literal that would not survive as a double comes back as its exact text. */
export function parseJsonKeepingDigits(text: string): unknown {
  return JSON.parse(quoteUnsafeNumbers(text));
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * A run of 16 digits. Without one, every number literal has at most 15 digits, which a double holds exactly:
 * the text is returned as it is without being walked (the sync reads every dossier through here).
 */
const LONG_DIGITS = /\d{16}/;

export function quoteUnsafeNumbers(text: string): string {
  if (!LONG_DIGITS.test(text)) return text;
  let out = "";
  let last = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Skip the whole string literal, escapes included.
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
      i++;
      continue;
    }
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (!match) return text; // not JSON: let JSON.parse say so
      const literal = match[0];
      if (!survives(literal)) {
        out += `${text.slice(last, i)}"${literal}"`;
        last = i + literal.length;
      }
      i += literal.length;
      continue;
    }
    i++;
  }
  return last === 0 ? text : out + text.slice(last);
}

function survives(literal: string): boolean {
  if (/[.eE]/.test(literal)) return true; // a decimal is a measure, not an identifier: keep JSON's reading
  return Number.isSafeInteger(Number(literal));
}
