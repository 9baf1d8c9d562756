import { CheckCircle2, Circle, CircleDot, MinusCircle } from "lucide-react";
import type { WizardView } from "@/lib/wizards/wizards";
import { frWizard } from "@/lib/i18n/fr-wizard";

const STATE = {
  done: { icon: CheckCircle2, text: frWizard.done, className: "text-green-800" },
  current: { icon: CircleDot, text: frWizard.current, className: "text-blue-800 font-semibold" },
  todo: { icon: Circle, text: frWizard.todo, className: "text-slate-600" },
  skipped: { icon: MinusCircle, text: frWizard.skipped, className: "text-slate-500" },
} as const;

/** Every step of the flow, where the dossier stands, in words as well as icons. */
export function WizardSteps({ view }: { view: WizardView }) {
  return (
    <ol className="space-y-2" aria-label={frWizard.steps}>
      {view.steps.map((step, index) => {
        const { icon: Icon, text, className } = STATE[step.state];
        return (
          <li key={step.id} className={`flex items-center gap-2 ${className}`} aria-current={step.state === "current" ? "step" : undefined} data-testid={`step-${step.id}`}>
            <Icon aria-hidden="true" className="h-5 w-5 shrink-0" />
            <span>{index + 1}. {step.label}</span>
            <span className="text-xs">({text})</span>
          </li>
        );
      })}
    </ol>
  );
}
