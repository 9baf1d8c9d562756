import "server-only";
// What Atelier derives from a dossier's status history and writes beside it, so that no page reads the
// history to show it: its due time (./due.ts) and what it adds to the months of /indicateurs
// (./figure-facts.ts). Written in the transaction of every status change, and again for every dossier
// after a rule or the repeat delay changed (./derived-pass.ts).
import { asc, gt, inArray } from "drizzle-orm";
import { execute, lockedForWrite, type Db } from "@/db";
import { dossiers, statusHistory } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { config } from "@/lib/config/env";
import { dueOf, readDueRules, writeDueStatement, type DueRule } from "./due";
import { writeFacts } from "./figure-facts";

const SLICE = 500;

/** Computes and writes these dossiers' due time and figures, in the caller's transaction. */
export async function refreshDerived(tx: Db | Tx, numbers: readonly string[], rules?: DueRule[]): Promise<void> {
  if (!numbers.length) return;
  const ruleList = rules ?? (await readDueRules(tx));
  const alertDays = config().aging.alertDays;
  for (let i = 0; i < numbers.length; i += SLICE) {
    const slice = numbers.slice(i, i + SLICE);
    const rows = await tx
      .select({
        demandNumber: dossiers.demandNumber,
        type: dossiers.type,
        resellerCode: dossiers.resellerCode,
        brand: dossiers.brand,
        assignedTo: dossiers.assignedTo,
        serialNumber: dossiers.serialNumber,
        imeiNumber: dossiers.imeiNumber,
        createdAt: dossiers.createdAt,
        statusCode: dossiers.statusCode,
        statusChangedAt: dossiers.statusChangedAt,
      })
      .from(dossiers)
      .where(inArray(dossiers.demandNumber, slice));
    if (!rows.length) continue;
    const steps = await tx
      .select({ n: statusHistory.demandNumber, newStatus: statusHistory.newStatus, at: statusHistory.at })
      .from(statusHistory)
      .where(inArray(statusHistory.demandNumber, slice))
      .orderBy(asc(statusHistory.demandNumber), asc(statusHistory.at), asc(statusHistory.id));
    const history = new Map<string, Array<{ newStatus: string; at: Date }>>();
    for (const step of steps) {
      const list = history.get(step.n);
      if (list) list.push(step);
      else history.set(step.n, [step]);
    }
    const values = rows.map((row) => {
      const due = dueOf(row, history.get(row.demandNumber) ?? [], ruleList, alertDays);
      return { n: row.demandNumber, d: due ? due.dueAt.getTime() : null, r: due?.rule ?? null };
    });
    await execute(tx, writeDueStatement(values));
    await writeFacts(tx, rows, history, ruleList);
  }
}

/**
 * Every dossier's due time and figures again: a slice a transaction, in the order of their numbers, so the
 * app serves meanwhile.
 */
export async function refreshAllDerived(db: Db): Promise<number> {
  const rules = await readDueRules(db);
  let after = "";
  let done = 0;
  for (;;) {
    const slice = (await db.select({ n: dossiers.demandNumber }).from(dossiers).where(gt(dossiers.demandNumber, after)).orderBy(asc(dossiers.demandNumber)).limit(SLICE)).map((r) => r.n);
    if (!slice.length) return done;
    await db.transaction(async (tx) => {
      // PostgreSQL: the slice's rows locked in the order of their numbers, the order the sync locks them in
      // (./mirror.ts), so that this pass and a sync never wait on each other in a circle.
      await lockedForWrite(tx.select({ n: dossiers.demandNumber }).from(dossiers).where(inArray(dossiers.demandNumber, slice)).orderBy(asc(dossiers.demandNumber)));
      await refreshDerived(tx, slice, rules);
    });
    done += slice.length;
    after = slice.at(-1)!;
  }
}
