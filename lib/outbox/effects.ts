import "server-only";
// What a command the platform accepted changes in our own data, at once: the mirror, its history, and
// for quotes the local record the managers read.
import { applyLocalChange } from "@/lib/dossiers/mirror";
import type { Tx } from "@/lib/audit/record-audit";
import { quotes } from "@/db/schema";
import { expectedStatus } from "./deliver";
import type { OutboxCommand } from "./payloads";

export function applyEffects(tx: Tx, demandNumber: string, command: OutboxCommand, by: { userId: number; at: Date }) {
  const status = expectedStatus(command) ?? undefined;
  const base = { demandNumber, userId: by.userId, at: by.at };
  switch (command.kind) {
    case "accept":
      return applyLocalChange(tx, { ...base, status, accepted: true, comment: command.payload.comment || null, fields: { agreementNumber: command.payload.agreementNumber } });
    case "refuse":
      return applyLocalChange(tx, { ...base, status, comment: command.payload.reason });
    case "message":
      return; // shown from our own record ("Information demandée le …"), the status is the platform's
    case "status":
      return applyLocalChange(tx, { ...base, status, comment: command.payload.comment || null });
    case "tracking":
      return applyLocalChange(tx, { ...base, fields: { trackingNumber: command.payload.trackingNumber, carrierName: command.payload.carrierName } });
    case "document":
      return;
    case "quotation": {
      const p = command.payload;
      const totalCents = p.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
      tx.insert(quotes).values({ demandNumber, quoteNumber: p.quoteNumber, lines: JSON.stringify(p.lines), totalCents, comment: p.comment ?? null, sentAt: by.at, sentBy: by.userId > 0 ? by.userId : null }).run();
      return; // "Devis envoyé le …" from the quotes table; the status (EDE or not) is the platform's
    }
  }
}
