// The sealed client secret: opens with its key and its centre only; any altered byte, another centre's
// slug, or an unknown key is refused; the sealed form reveals neither the secret nor the key.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyFingerprint, open, seal, sealedWith } from "@/lib/tenancy/secret-box";

const KEY = "a".repeat(32) + "-clé-principale";
const OTHER = "b".repeat(32) + "-autre-clé";

describe("secret box", () => {
  it("round-trips any secret, differently each time, without showing it or the key", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (secret) => {
        const one = seal(secret, "lyon", KEY);
        const two = seal(secret, "lyon", KEY);
        expect(one).not.toBe(two);
        expect(open(one, "lyon", [OTHER, KEY])).toBe(secret);
        if (secret.length >= 6) expect(one).not.toContain(secret);
        expect(one).not.toContain(KEY);
        expect(sealedWith(one)).toBe(keyFingerprint(KEY));
      }),
      { numRuns: 100 },
    );
  });

  it("refuses another centre, another key, and any altered character", () => {
    const sealed = seal("s3cret-du-centre", "lyon", KEY);
    expect(() => open(sealed, "nantes", [KEY])).toThrow(/autre centre/);
    expect(() => open(sealed, "lyon", [OTHER])).toThrow(/aucune des clés/);
    const parts = sealed.split(".");
    for (const index of [2, 3, 4]) {
      const part = parts[index]!;
      const flipped = (part[0] === "A" ? "B" : "A") + part.slice(1);
      const altered = parts.map((p, i) => (i === index ? flipped : p)).join(".");
      expect(() => open(altered, "lyon", [KEY])).toThrow();
    }
    expect(() => open("v0.x.y.z.w", "lyon", [KEY])).toThrow(/illisible/);
  });
});
