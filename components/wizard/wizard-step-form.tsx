"use client";

import { AcceptForm, DocumentsUpload, QuoteBuilder, StatusForm, TrackingForm } from "@/components/dossier/actions/lazy-forms";
import { fr } from "@/lib/i18n/fr";
import type { StepAction } from "@/lib/workflows/wizards";

/** The form the current step needs; submitting it moves the dossier, which moves the wizard. */
export function WizardStepForm({ demandNumber, action, maxBytes }: { demandNumber: string; action: StepAction; maxBytes: number }) {
  switch (action.kind) {
    case "accept":
      return <AcceptForm demandNumber={demandNumber} maxBytes={maxBytes} />;
    case "status":
      return <StatusForm demandNumber={demandNumber} allowed={[action.code]} fixed={action.code} />;
    case "choice":
      return <StatusForm demandNumber={demandNumber} allowed={action.codes} />;
    case "quote":
      return <QuoteBuilder demandNumber={demandNumber} maxBytes={maxBytes} />;
    case "return":
      return (
        <div className="space-y-4">
          <p className="text-sm">{fr.wizard.returnIntro}</p>
          <TrackingForm demandNumber={demandNumber} maxBytes={maxBytes} defaultDirection="CENTER_TO_CLIENT" />
          <StatusForm demandNumber={demandNumber} allowed={["RPR"]} fixed="RPR" commentHint={fr.wizard.returnComment} />
        </div>
      );
    case "destruction-report":
      return <DocumentsUpload demandNumber={demandNumber} maxBytes={maxBytes} defaultType="REPORT" />;
    case "wait":
      return null;
  }
}
