"use client";

import Link from "next/link";
import { fr } from "@/lib/i18n/fr";
import type { NextStep } from "@/lib/wizards/next-step";
import { useDossierSubmit } from "./actions/use-dossier-submit";

/**
 * The step the flow suggests, as the page's primary button: a status goes in one click; a step that needs a
 * form (accept, quote, return with its label…) opens it in the guided flow. Two flows, two buttons.
 */
export function NextStepButtons({ demandNumber, steps }: { demandNumber: string; steps: NextStep[] }) {
  const { submit, pending } = useDossierSubmit(demandNumber);
  if (!steps.length) return null;
  const base = `/dossiers/${encodeURIComponent(demandNumber)}/parcours`;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="next-step">
      <span className="text-sm font-medium text-slate-700">{fr.dossier.nextStep}</span>
      {steps.map((step) => {
        const action = step.action;
        const label = steps.length > 1 ? `${step.label} — ${step.flowLabel}` : step.label;
        return action.kind === "status" ? (
          <button key={step.flow} type="button" className="btn-primary min-h-11" disabled={pending} onClick={() => void submit({ kind: "status", payload: { statusCode: action.code } })}>
            {label}
          </button>
        ) : (
          <Link key={step.flow} className="btn-primary min-h-11" href={`${base}?flux=${step.flow}`}>{label}</Link>
        );
      })}
    </div>
  );
}
