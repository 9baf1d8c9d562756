import { formatDateTime } from "@/lib/format";
import { fr } from "@/lib/i18n/fr";
import { canSendStatus, followsPadRules, type DossierFacts, type LocalRecord } from "@/lib/workflows/transitions";
import { TreatmentChoice } from "./treatment-choice";

const d = fr.dossier;

/**
 * What the platform's status may not say: whether the dossier is accepted, and what Atelier itself sent
 * (an information request, a quote) that the platform may have left without a status of its own.
 */
export function DossierNotices({ demandNumber, facts, local }: { demandNumber: string; facts: DossierFacts; local: LocalRecord }) {
  const notes: string[] = [];
  if (facts.accepted) notes.push(`✓ ${d.accepted}`);
  else if (followsPadRules(facts)) notes.push(`✓ ${d.notAccepted} — ${d.padRules}`);
  else if (facts.statusCode !== "RMANOK") notes.push(`○ ${d.notAccepted}`);
  if (local.infoRequestedAt) notes.push(d.infoRequested(formatDateTime(new Date(local.infoRequestedAt))));
  if (local.openQuote) {
    notes.push(d.quoteSent(local.openQuote.number, formatDateTime(new Date(local.openQuote.sentAt))));
    if (facts.statusCode !== "EDE" && canSendStatus(facts)) notes.push(d.quoteNoEde);
  }
  if (facts.statusCode === "RDE" && local.treatment) notes.push(d.treatment(fr.dossier.quoteTreatment[local.treatment] ?? local.treatment));
  return (
    <div className="mt-2 space-y-1 text-sm" data-testid="dossier-notices">
      {notes.map((note) => <p key={note}>{note}</p>)}
      {facts.statusCode === "RDE" && !local.treatment && <TreatmentChoice demandNumber={demandNumber} />}
    </div>
  );
}
