// A request body whose files are encoded as it is sent: byte for byte the JSON a whole encoding gives, with
// the Content-Length it announces, whatever the files' sizes (across the pieces' boundaries) and places.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Base64Bytes } from "@/lib/rma/base64-bytes";
import { jsonBody } from "@/lib/rma/json-body";

const text = async (body: string | ReadableStream<Uint8Array>) => Buffer.from(await new Response(body).arrayBuffer());

/** The same value with each file as its whole base64 string. */
const whole = (value: unknown): unknown =>
  value instanceof Base64Bytes ? Buffer.from(value.bytes).toString("base64") : Array.isArray(value) ? value.map(whole) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, whole(v)])) : value;

const sizes = fc.oneof(fc.nat(10), fc.constantFrom(196_607, 196_608, 196_609, 393_217), fc.nat(5_000));
const file = sizes.chain((size) => fc.nat(255).map((fill) => new Base64Bytes(Uint8Array.from({ length: size }, (_, i) => (i * 31 + fill) % 256))));
const scalar = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constantFrom("é€\u2028", '"\\', "\uE000"));

describe("jsonBody", () => {
  it("streams exactly the JSON of the whole encoding, with its length", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(scalar, file, fc.array(fc.oneof(scalar, file), { maxLength: 3 })), { maxKeys: 5 }), async (value) => {
        const { body, length } = jsonBody(value);
        const bytes = await text(body);
        expect(bytes.toString("utf8")).toBe(JSON.stringify(whole(value)));
        expect(bytes.length).toBe(length);
      }),
      { numRuns: 60 },
    );
  });

  it("sends a body without files as the plain string it always was", () => {
    expect(jsonBody({ demand_number: "A-1", message: "Bonjour" })).toEqual({ body: '{"demand_number":"A-1","message":"Bonjour"}', length: 43 });
  });
});
