"use client";

import { AcceptForm, DestructionCertificateForm, DocumentsUpload, QuoteBuilder, StatusForm, TrackingForm } from "@/components/dossier/actions/lazy-forms";
import type { PriceSuggestion } from "@/components/dossier/actions/quote-builder";
import { TreatmentChoice } from "@/components/dossier/treatment-choice";
import { formatDateTime } from "@/lib/format";
import { fr } from "@/lib/i18n/fr";
import { frWizard } from "@/lib/i18n/fr-wizard";
import type { LocalRecord } from "@/lib/workflows/transitions";
import type { StepAction } from "@/lib/wizards/wizards";

/** The form the current step needs; submitting it moves the dossier, which moves the wizard. */
export function WizardStepForm({
  demandNumber,
  action,
  local,
  maxBytes,
  suggestions,
  technician,
}: {
  demandNumber: string;
  action: StepAction;
  local: LocalRecord;
  maxBytes: number;
  suggestions: PriceSuggestion[];
  technician: string;
}) {
  switch (action.kind) {
    case "accept":
      return <AcceptForm demandNumber={demandNumber} maxBytes={maxBytes} />;
    case "status":
      return <StatusForm demandNumber={demandNumber} suggested={[action.code]} fixed={action.code} />;
    case "choice":
      return <StatusForm demandNumber={demandNumber} suggested={action.codes} />;
    case "quote":
      return <QuoteBuilder demandNumber={demandNumber} maxBytes={maxBytes} suggestions={suggestions} />;
    case "return":
      return (
        <div className="space-y-4">
          <p className="text-sm">{frWizard.returnIntro}</p>
          <TrackingForm demandNumber={demandNumber} maxBytes={maxBytes} defaultDirection="CENTER_TO_CLIENT" />
          <StatusForm demandNumber={demandNumber} suggested={["RPR"]} fixed="RPR" commentHint={frWizard.returnComment} />
        </div>
      );
    case "destruction-report":
      return (
        <div className="space-y-4">
          <DestructionCertificateForm demandNumber={demandNumber} technician={technician} />
          <details>
            <summary className="touch-target inline-flex cursor-pointer items-center text-sm text-blue-800 underline">{frWizard.ownReport}</summary>
            <div className="mt-2"><DocumentsUpload demandNumber={demandNumber} maxBytes={maxBytes} defaultType="REPORT" /></div>
          </details>
        </div>
      );
    case "choose-treatment":
      return <TreatmentChoice demandNumber={demandNumber} />;
    case "wait":
      // The quote went out but the platform did not set EDE: say so, and offer to send it.
      return (
        <div className="space-y-3">
          {local.openQuote && <p className="text-sm">{fr.dossier.quoteSent(local.openQuote.number, formatDateTime(new Date(local.openQuote.sentAt)))} {fr.dossier.quoteNoEde}</p>}
          <StatusForm demandNumber={demandNumber} suggested={["EDE"]} fixed="EDE" />
        </div>
      );
  }
}
