// The follow-up's delays: saved together, read by the reminders and the product history, a bad one refused.
import { afterEach, beforeEach, expect, it } from "vitest";
import { repeatDays } from "@/lib/dossiers/product-history";
import { followUpInput, saveFollowUp } from "@/lib/dossiers/follow-up";
import { quotesToRemind, reminderDays } from "@/lib/quotes/reminders";
import { ctxFor, freshDatabase, insertUser } from "../support/database";

let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

it("keeps 7 and 90 days until a manager sets others, and refuses a value out of range in French", async () => {
  expect([await reminderDays(database.db), await repeatDays(database.db)]).toEqual([7, 90]);
  const ctx = ctxFor(database.db, await insertUser(database.db, "manager"));
  await saveFollowUp({ ctx, input: followUpInput.parse({ reminderDays: "3", repeatDays: "60" }) });
  expect([await reminderDays(database.db), await repeatDays(database.db), (await quotesToRemind(database.db)).days]).toEqual([3, 60, 3]);
  expect(followUpInput.safeParse({ reminderDays: "0", repeatDays: "60" }).error?.issues.map((i) => [i.path[0], i.message])).toEqual([["reminderDays", "Un nombre de jours entre 1 et 90"]]);
  expect(followUpInput.safeParse({ reminderDays: "3", repeatDays: "1,5" }).error?.issues.map((i) => [i.path[0], i.message])).toEqual([["repeatDays", "Un nombre de jours entre 1 et 365"]]);
});
