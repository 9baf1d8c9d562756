// A number literal a double cannot hold exactly (a serial number or an EAN sent as a JSON number) comes back
// as its own digits; every other literal, and every string, is read as JSON.parse reads it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonKeepingDigits } from "@/lib/rma/json-text";

const BARE = "\u0000bare:";
/** An integer literal of 1 to 25 digits, either sign: around 2^53 (16 digits) a double stops holding them. */
const integer = fc
  .tuple(fc.boolean(), fc.integer({ min: 1, max: 25 }).chain((length) => fc.stringMatching(new RegExp(`^[1-9]\\d{${length - 1}}$`))))
  .map(([negative, digits]) => `${negative ? "-" : ""}${digits}`);
const value = fc.oneof(
  integer.map((literal) => ({ literal })),
  fc.stringMatching(/^\d{10,25}$/),
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

/** The JSON text, with each generated integer written bare, and what reading it must give. */
function written(record: Record<string, unknown>) {
  const expected: Record<string, unknown> = {};
  const shown: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(record)) {
    if (v && typeof v === "object" && "literal" in v) {
      const literal = (v as { literal: string }).literal;
      shown[key] = `${BARE}${literal}`;
      expected[key] = Number.isSafeInteger(Number(literal)) ? Number(literal) : literal;
    } else {
      shown[key] = v;
      // A double JSON writes without a point or an exponent is an integer literal too: 2^53 comes back as text.
      const json = JSON.stringify(v);
      expected[key] = typeof v === "number" && /^-?\d+$/.test(json) && !Number.isSafeInteger(v) ? json : JSON.parse(json);
    }
  }
  const text = JSON.stringify({ status: "OK", data: [shown] }).replace(/"\\u0000bare:(-?\d+)"/g, "$1");
  return { text, expected: { status: "OK", data: [expected] } };
}

describe("reading JSON without losing digits", () => {
  it("keeps every integer a double cannot hold as its digits, and reads everything else as JSON.parse does", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 8 }), (record) => {
        const { text, expected } = written(record);
        expect(parseJsonKeepingDigits(text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a 16-digit integer past 2^53 as its digits, one below as a number", () => {
    expect(parseJsonKeepingDigits('{"ean":9007199254740993}')).toEqual({ ean: "9007199254740993" });
    expect(parseJsonKeepingDigits('{"n":-9007199254740991,"s":"12345678901234567"}')).toEqual({ n: -9007199254740991, s: "12345678901234567" });
  });
});
