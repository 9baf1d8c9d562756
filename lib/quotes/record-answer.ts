import "server-only";
// The reseller's answer to our last quote on a dossier, as the sync (or a push) sees the status move to
// VDE or RDE. Feeds the managers' quote view.
import { and, desc, eq, isNull } from "drizzle-orm";
import { first } from "@/db";
import { quotes } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { treatmentOf } from "@/lib/workflows/treatment";

export { treatmentOf };

export async function recordQuoteAnswer(tx: Tx, answer: { demandNumber: string; status: "VDE" | "RDE"; quoteTreatment: string | null; comment: string | null; at: Date }) {
  const open = await first(
    tx
    .select({ id: quotes.id })
    .from(quotes)
    .where(and(eq(quotes.demandNumber, answer.demandNumber), isNull(quotes.answer)))
    .orderBy(desc(quotes.sentAt))
    .limit(1),
  );
  if (!open) return false;
  await tx
    .update(quotes)
    .set({ answer: answer.status, treatment: answer.status === "RDE" ? treatmentOf(answer.quoteTreatment, answer.comment) : null, answeredAt: answer.at })
    .where(eq(quotes.id, open.id));
  return true;
}
