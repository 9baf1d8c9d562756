import "server-only";
// What a command the platform applied changes in Atelier's own data, at once: the mirror, its history, and
// for quotes the record the managers read. The command says what (lib/commands/<verb>.ts); this does it.
import { quotes } from "@/db/schema";
import type { Tx } from "@/lib/context";
import type { EffectApi } from "@/lib/commands/types";
import { applyLocalChange } from "@/lib/dossiers/mirror";

export function effectsFor(tx: Tx, demandNumber: string, by: { userId: number; at: Date }): EffectApi {
  const base = { demandNumber, userId: by.userId, at: by.at };
  return {
    setStatus: (code, comment) => applyLocalChange(tx, { ...base, status: code, comment }),
    setFields: (fields) => applyLocalChange(tx, { ...base, fields }),
    markAccepted: () => applyLocalChange(tx, { ...base, accepted: true }),
    recordQuote(q) {
      const totalCents = q.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
      return tx
        .insert(quotes)
        .values({ demandNumber, quoteNumber: q.quoteNumber, lines: JSON.stringify(q.lines), totalCents, comment: q.comment, sentAt: by.at, sentBy: by.userId > 0 ? by.userId : null })
        .then(() => undefined);
    },
  };
}
