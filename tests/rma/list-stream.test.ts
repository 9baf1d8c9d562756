// A 3.9 reply read as it arrives: whatever the chunks, the same elements come out as a whole parse gives,
// and the envelope without them; strings that hold brackets, commas and quotes do not fool it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ListScanner } from "@/lib/rma/list-stream";

function scan(text: string, cuts: number[]) {
  const elements: unknown[] = [];
  const scanner = new ListScanner((json) => elements.push(JSON.parse(json)));
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b)) {
    scanner.push(text.slice(at, cut));
    at = cut;
  }
  scanner.push(text.slice(at));
  return { elements, ...scanner.end(), json: scanner.looksLikeJson };
}

const tricky = fc.oneof(fc.string(), fc.constantFrom('"', "\\", "]", "}", ",", "{\"data\":[", "é", "\u2028"));
const dossier = fc.record({ demand_number: tricky, brand: fc.option(tricky), ean: fc.oneof(fc.string(), fc.integer()), lines: fc.array(fc.record({ label: tricky }), { maxLength: 2 }) });

describe("the list scanner", () => {
  it("cuts out every element of data, as an array or an object keyed by index, whatever the chunks", () => {
    fc.assert(
      fc.property(fc.array(dossier, { maxLength: 6 }), fc.boolean(), tricky, fc.array(fc.nat(400), { maxLength: 12 }), fc.constantFrom("", " ", "\n  "), (list, keyed, message, cuts, space) => {
        const data = keyed ? Object.fromEntries(list.map((d, i) => [String(i), d])) : list;
        const body = JSON.stringify({ message, status: "OK", data }, null, space || undefined);
        const out = scan(body, cuts);
        expect(out.elements).toEqual(list);
        expect(JSON.parse(out.skeleton)).toEqual({ message, status: "OK", data: keyed ? {} : [] });
        expect(out.container).toBe(keyed ? "object" : "array");
      }),
      { numRuns: 300 },
    );
  });

  it("leaves a reply without a list, or that is no JSON at all, whole", () => {
    for (const body of ['{"status":"OK","data":null}', '{"status":"KO","message":{"data":[1]}}', "<html><body>502 Bad Gateway</body></html>"]) {
      const out = scan(body, [3, 7, 11]);
      expect(out.elements).toEqual([]);
      expect(out.skeleton).toBe(body);
    }
    expect(scan("<html>", []).json).toBe(false);
  });

  it("counts the values of an object data that are no objects: such a data is no list of dossiers", () => {
    expect(scan('{"status":"OK","data":{"a":1,"b":{"c":2}}}', [5]).nonObjectValues).toBe(1);
  });
});
