// The step section 4's flow suggests now, for the dossier page's primary button. Where the flow is not known
// yet (a repair under warranty, or with a quote?), one button a flow whose next steps differ.
import { flowsFor, FLOW_LABELS, inferFlow, wizardView, type Flow, type StepAction, type WizardFacts } from "./wizards";

export interface NextStep {
  flow: Flow;
  flowLabel: string;
  label: string;
  action: StepAction;
}

export function nextSteps(facts: WizardFacts): NextStep[] {
  const inferred = inferFlow(facts);
  const steps = (inferred ? [inferred] : flowsFor(facts)).flatMap((flow): NextStep[] => {
    const view = wizardView(flow, facts);
    if (!view.current || view.current.blockedReason || view.current.action.kind === "wait") return [];
    return [{ flow, flowLabel: FLOW_LABELS[flow], label: view.current.label, action: view.current.action }];
  });
  // The same step in both flows (the accept, the reception) is one button.
  return steps.filter((s, i) => steps.findIndex((o) => o.label === s.label) === i);
}
