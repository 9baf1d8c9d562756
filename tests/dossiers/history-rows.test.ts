// What the mirror writes in a dossier's history when the platform moves it: one row a move, with the old and
// the new status, the platform's comment as it was said, the moment of the read and where it came from; and
// the event a move announces names that row. On both engines: the rows are written by hand-written SQL.
import { asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { events, statusHistory } from "@/db/schema";
import { upsertFromPlatform } from "@/lib/dossiers/mirror";
import type { Dossier } from "@/lib/rma/model";
import { freshDatabase, type TestDatabase } from "../support/database";

const A = "FNA-2612-0001";
const B = "FNA-2612-0002";
const listed = (demandNumber: string, statusCode: string, statusComment: string | null = null): Dossier =>
  ({ type: "REP", demandNumber, agreementNumber: "1", statusCode, statusComment, extra: {} }) as unknown as Dossier;

let database: TestDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(async () => {
  await database.close();
});

const historyOf = async (n: string) =>
  (await database.db.select().from(statusHistory).where(eq(statusHistory.demandNumber, n)).orderBy(asc(statusHistory.id))).map((h) => ({
    id: h.id,
    moved: [h.oldStatus, h.newStatus],
    comment: h.comment,
    at: h.at.getTime(),
    source: h.source,
    userId: h.userId,
    demo: h.demo,
  }));

it("writes each move with its statuses, the platform's comment as said, the read's moment and source; its event names the row", async () => {
  const read = new Date("2026-12-01T09:30:00.123Z");
  await upsertFromPlatform(database.db, [listed(A, "RMAD"), listed(B, "RMAD")], read, "sync", { announce: false });
  const comment = `Devis « accepté » l'après-midi\n"2 × 49,90 €" \\ ok`;
  const pushed = new Date("2026-12-01T14:05:00.456Z");
  const outcome = await upsertFromPlatform(database.db, [listed(A, "VDE", comment), listed(B, "RMAD")], pushed, "push");
  expect(outcome.changed).toEqual([{ demandNumber: A, from: "RMAD", to: "VDE" }]);

  const history = await historyOf(A);
  expect(history.map(({ id: _, ...rest }) => rest)).toEqual([
    { moved: [null, "RMAD"], comment: null, at: read.getTime(), source: "sync", userId: null, demo: false },
    { moved: ["RMAD", "VDE"], comment, at: pushed.getTime(), source: "push", userId: null, demo: false },
  ]);
  expect((await historyOf(B)).map((h) => h.moved)).toEqual([[null, "RMAD"]]);

  const announced = await database.db.select().from(events).where(eq(events.demandNumber, A));
  expect(announced.map((e) => [e.type, e.changeKey])).toEqual([["quote_answered", `history:${history[1]!.id}`]]);
});
