import "server-only";
// A command the platform refused, or whose outcome only a person can settle: its author and the managers
// hear of it. The change is this row reaching this state at this attempt, so a retry that fails again is
// a new event, and a repeated write of the same release is not.
import { eq } from "drizzle-orm";
import { outbox } from "@/db/schema";
import type { Tx } from "@/lib/audit/record-audit";
import { produceEvent } from "@/lib/notifications/produce";

export function commandNeedsPerson(tx: Tx, id: number, state: "failed" | "review", at: Date) {
  const row = tx.select().from(outbox).where(eq(outbox.id, id)).get();
  if (!row) return;
  produceEvent(tx, {
    type: "command_attention",
    demandNumber: row.demandNumber,
    changeKey: `command:${id}:${state}:${row.sendAttempts}:${row.verifyAttempts}`,
    data: { commandId: id, kind: row.kind, state, code: row.lastErrorCode },
    at,
    audience: { userIds: row.createdBy ? [row.createdBy] : [], managers: true },
    demo: row.demo,
  });
}
