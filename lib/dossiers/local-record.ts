import "server-only";
// What Atelier itself did on a dossier, which the platform's status may not show: a platform may leave a
// quoted dossier at IEXP, or a dossier asked for information at RMAD. Pages and wizards read this instead
// of assuming what a write did to the status.
import { and, desc, eq, gt, inArray, isNull } from "drizzle-orm";
import { first, type Db } from "@/db";
import { outbox, quotes, statusHistory, type DossierRow } from "@/db/schema";
import type { DossierFacts, LocalRecord } from "@/lib/workflows/transitions";
import { treatmentOf } from "@/lib/workflows/treatment";

export function factsOf(row: Pick<DossierRow, "type" | "statusCode" | "agreementNumber" | "acceptedAt">): DossierFacts {
  return { type: row.type, statusCode: row.statusCode, agreementNumber: row.agreementNumber, accepted: row.acceptedAt !== null };
}

export async function localRecord(db: Db, row: Pick<DossierRow, "demandNumber" | "quoteTreatment" | "statusComment" | "chosenTreatment">): Promise<LocalRecord> {
  const quote = await first(
    db
    .select({ number: quotes.quoteNumber, sentAt: quotes.sentAt })
    .from(quotes)
    .where(and(eq(quotes.demandNumber, row.demandNumber), isNull(quotes.answer)))
    .orderBy(desc(quotes.sentAt))
    .limit(1),
  );
  const message = await first(
    db
    .select({ sentAt: outbox.sentAt })
    .from(outbox)
    .where(and(eq(outbox.demandNumber, row.demandNumber), eq(outbox.kind, "message"), eq(outbox.state, "sent")))
    .orderBy(desc(outbox.sentAt))
    .limit(1),
  );
  const answered =
    message?.sentAt &&
    (await first(
      db
      .select({ id: statusHistory.id })
      .from(statusHistory)
      .where(and(eq(statusHistory.demandNumber, row.demandNumber), eq(statusHistory.newStatus, "INFREV"), inArray(statusHistory.source, ["sync", "push"]), gt(statusHistory.at, message.sentAt)))
      .limit(1),
    ));
  return {
    openQuote: quote ? { number: quote.number, sentAt: quote.sentAt.toISOString() } : null,
    infoRequestedAt: message?.sentAt && !answered ? message.sentAt.toISOString() : null,
    treatment: treatmentOf(row.quoteTreatment, row.statusComment) ?? row.chosenTreatment ?? null,
  };
}
