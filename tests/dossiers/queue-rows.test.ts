// The queue's rows travel to the browser as tuples (lib/dossiers/queue-rows.ts): what arrives is every
// field the server read, whatever its value.
import fc from "fast-check";
import { expect, it } from "vitest";
import type { QueueRow } from "@/lib/dossiers/list-dossiers";
import { packPage, unpackPage } from "@/lib/dossiers/queue-rows";

const text = fc.option(fc.string(), { nil: null });
const row: fc.Arbitrary<QueueRow> = fc.record({
  demandNumber: fc.string({ minLength: 1 }),
  type: fc.string(),
  statusCode: fc.string(),
  brand: text,
  partNumber: text,
  clientName: text,
  resellerCode: text,
  siteName: text,
  assignee: text,
  location: text,
  daysOpen: fc.option(fc.nat(), { nil: null }),
  daysInStatus: fc.nat(),
  aging: fc.constantFrom("ok", "warn", "alert"),
  due: fc.option(fc.record({ text: fc.string(), state: fc.constantFrom("late", "risk", "ok") }), { nil: null }),
  missing: fc.boolean(),
});

it("unpacks every row as it was packed", () => {
  fc.assert(
    fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
      const page = { rows, total: rows.length, page: 1, pageCount: 1, statusCounts: { D: rows.length } };
      expect(unpackPage(JSON.parse(JSON.stringify(packPage(page))))).toEqual(page);
    }),
  );
});
