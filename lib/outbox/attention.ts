import "server-only";
// A command the platform refused, or whose outcome only a person can settle: its author and the managers
// hear of it. The change is this row reaching this state at this attempt, so a retry that fails again is
// a new event, and a repeated write of the same release is not.
import type { OutboxRow } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { produceEvent } from "@/lib/notifications/produce";

/** `row` as a release just wrote it: refused, or waiting for a person, it makes an event; otherwise nothing. */
export async function commandNeedsPerson(tx: Tx, row: OutboxRow, at: Date) {
  if (row.state !== "failed" && row.state !== "review") return;
  await produceEvent(tx, {
    type: "command_attention",
    demandNumber: row.demandNumber,
    changeKey: `command:${row.id}:${row.state}:${row.sendAttempts}:${row.verifyAttempts}`,
    data: { commandId: row.id, kind: row.kind, state: row.state, code: row.lastErrorCode },
    at,
    audience: { userIds: row.createdBy ? [row.createdBy] : [], managers: true },
    demo: row.demo,
  });
}
