// The four guided flows of section 4. A dossier's current status is the saved progress: a technician can
// leave and come back, and the wizard shows where the dossier stands and what the next step needs.
// The wizards move on by what was done (an accept, a quote sent), not only by the platform's status, which
// may not show it (a platform that leaves a quoted dossier at IEXP, for instance).
import type { CentreStatusCode, StatusCode } from "@/lib/rma/constants";
import { COMMANDS } from "@/lib/commands/registry";
import type { Refusal } from "@/lib/commands/types";
import { frWizard } from "@/lib/i18n/fr-wizard";
import { frRefusals } from "@/lib/i18n/fr-refusals";
import { WIZARD_WORDS } from "@/lib/i18n/vocabulary";
import { followsPadRules, type DossierFacts, type LocalRecord } from "@/lib/workflows/transitions";

export const FLOWS = ["pad-solution-commerciale", "pad-echange", "garantie", "hors-garantie"] as const;
export type Flow = (typeof FLOWS)[number];

/** What a step asks the technician to do. */
export type StepAction =
  | { kind: "accept" }
  | { kind: "status"; code: CentreStatusCode }
  | { kind: "choice"; codes: CentreStatusCode[] }
  | { kind: "quote" }
  | { kind: "wait"; for: "reseller-quote" }
  | { kind: "choose-treatment" }
  | { kind: "return"; code: "RPR" }
  | { kind: "destruction-report" };

export type WizardFacts = DossierFacts & LocalRecord & { hasDestructionReport: boolean };

export interface StepDefinition {
  id: string;
  label: string;
  action: StepAction;
  /** Statuses that show this step done. */
  doneAt: string[];
}

export type StepState = "done" | "current" | "todo" | "skipped";

export interface WizardView {
  flow: Flow;
  steps: Array<StepDefinition & { state: StepState }>;
  /** blockedReason: a rule of the document stops the step; note: guidance, the step stays open. */
  current: (StepDefinition & { blockedReason: string | null; note: string | null }) | null;
  finished: boolean;
}

export const FLOW_LABELS: Record<Flow, string> = {
  "pad-solution-commerciale": WIZARD_WORDS.flowPadCommercial,
  "pad-echange": WIZARD_WORDS.flowPadExchange,
  garantie: WIZARD_WORDS.flowWarranty,
  "hors-garantie": WIZARD_WORDS.flowOutOfWarranty,
};

/** Statuses that show the product reached the centre (or an information exchange after it). */
export const AFTER_RECEPTION: string[] = ["D", "IEXP", "REPPROG", "CMDPART", "INTWAIT", "INTDATEOK", "PRRE", "PRIR", "PRHG", "EDE", "VDE", "RDE", "RPLPR", "AVRC", "AVRF", "RPR", "INFSTT", "INFREV"];
const without = (list: string[], ...codes: StatusCode[]) => list.filter((c) => !(codes as string[]).includes(c));

function definition(flow: Flow, facts: WizardFacts): StepDefinition[] {
  const received: StepDefinition = { id: "reception", label: WIZARD_WORDS.received, action: { kind: "status", code: "D" }, doneAt: AFTER_RECEPTION };
  const expertise: StepDefinition = { id: "expertise", label: WIZARD_WORDS.expertise, action: { kind: "status", code: "IEXP" }, doneAt: without(AFTER_RECEPTION, "D") };
  const accept: StepDefinition = { id: "accept", label: WIZARD_WORDS.accept, action: { kind: "accept" }, doneAt: without([...AFTER_RECEPTION, "RMAOK", "ATTTRA", "ATTEXP", "EXPOK"], "INFSTT") };
  switch (flow) {
    case "pad-solution-commerciale":
      return [received, expertise, { id: "solution", label: WIZARD_WORDS.commercialSolution, action: { kind: "choice", codes: ["AVRC", "AVRF"] }, doneAt: ["AVRC", "AVRF"] }];
    case "pad-echange":
      return [
        received,
        expertise,
        { id: "remplacement", label: WIZARD_WORDS.replacement, action: { kind: "status", code: "RPLPR" }, doneAt: ["RPLPR", "RPR"] },
        { id: "retour", label: WIZARD_WORDS.returnWithTracking, action: { kind: "return", code: "RPR" }, doneAt: ["RPR"] },
      ];
    case "garantie":
      return [
        accept,
        received,
        { id: "reparation", label: WIZARD_WORDS.repairing, action: { kind: "status", code: "REPPROG" }, doneAt: ["REPPROG", "CMDPART", "PRRE", "PRIR", "RPR"] },
        { id: "issue", label: WIZARD_WORDS.outcomeOrPart, action: { kind: "choice", codes: ["PRRE", "PRIR", "CMDPART"] }, doneAt: ["PRRE", "PRIR", "RPR"] },
        { id: "retour", label: WIZARD_WORDS.returnWithTracking, action: { kind: "return", code: "RPR" }, doneAt: ["RPR"] },
      ];
    case "hors-garantie": {
      const quoteDone: string[] = ["EDE", "VDE", "RDE", "REPPROG", "CMDPART", "PRRE", "PRIR", "RPR"];
      const steps: StepDefinition[] = [
        accept,
        received,
        expertise,
        { id: "devis", label: WIZARD_WORDS.quote, action: { kind: "quote" }, doneAt: quoteDone },
        { id: "reponse", label: WIZARD_WORDS.awaitAnswer, action: { kind: "wait", for: "reseller-quote" }, doneAt: without(quoteDone, "EDE") },
      ];
      const refused = facts.statusCode === "RDE";
      if (refused && !facts.treatment) {
        steps.push({ id: "traitement", label: WIZARD_WORDS.chooseTreatment, action: { kind: "choose-treatment" }, doneAt: [] });
      } else if (refused && facts.treatment === "DESTRUCT") {
        steps.push({ id: "destruction", label: WIZARD_WORDS.destroy, action: { kind: "destruction-report" }, doneAt: [] });
      } else if (refused || (facts.statusCode === "RPR" && facts.treatment === "RETURN")) {
        steps.push({ id: "retour", label: WIZARD_WORDS.returnUnrepaired, action: { kind: "return", code: "RPR" }, doneAt: ["RPR"] });
      } else {
        steps.push(
          { id: "reparation", label: WIZARD_WORDS.repairing, action: { kind: "status", code: "REPPROG" }, doneAt: ["REPPROG", "CMDPART", "PRRE", "PRIR", "RPR"] },
          { id: "issue", label: WIZARD_WORDS.outcome, action: { kind: "choice", codes: ["PRRE", "PRIR", "CMDPART"] }, doneAt: ["PRRE", "PRIR", "RPR"] },
          { id: "retour", label: WIZARD_WORDS.returnWithTracking, action: { kind: "return", code: "RPR" }, doneAt: ["RPR"] },
        );
      }
      return steps;
    }
  }
}

/** The flow a dossier follows, when its type and status say so; null when the technician must choose. */
export function inferFlow(facts: DossierFacts & Partial<Pick<LocalRecord, "openQuote">>): Flow | null {
  if (facts.type !== "REP") {
    if (["RPLPR", "RPR"].includes(facts.statusCode)) return "pad-echange";
    if (["AVRC", "AVRF"].includes(facts.statusCode)) return "pad-solution-commerciale";
    return null;
  }
  if (facts.openQuote || ["EDE", "VDE", "RDE", "PRHG"].includes(facts.statusCode)) return "hors-garantie";
  return null;
}

/** PAD, PMS and any other non-REP flow with an agreement follow the PAD flows of section 4. */
export function flowsFor(facts: DossierFacts): Flow[] {
  return facts.type === "REP" || !facts.agreementNumber ? ["garantie", "hors-garantie"] : ["pad-solution-commerciale", "pad-echange"];
}

function stepReached(step: StepDefinition, facts: WizardFacts): boolean {
  switch (step.action.kind) {
    case "destruction-report":
      return facts.hasDestructionReport;
    case "accept":
      return facts.accepted || step.doneAt.includes(facts.statusCode);
    case "quote":
      return Boolean(facts.openQuote) || step.doneAt.includes(facts.statusCode);
    default:
      return step.doneAt.includes(facts.statusCode);
  }
}

/** The document's rule for the command a step sends, from its own file in lib/commands/. */
function refusalFor(action: StepAction, facts: WizardFacts): Refusal | null {
  switch (action.kind) {
    case "accept":
      return COMMANDS.accept.allowed(facts, facts, { agreementNumber: "-" });
    case "status":
    case "return":
      return COMMANDS.status.allowed(facts, facts, { statusCode: action.code });
    case "choice":
      return action.codes.every((code) => COMMANDS.status.allowed(facts, facts, { statusCode: code })) ? COMMANDS.status.allowed(facts, facts, { statusCode: action.codes[0]! }) : null;
    case "quote":
      return COMMANDS.quotation.allowed(facts, facts, { quoteNumber: "-", lines: [] });
    default:
      return null;
  }
}

export function wizardView(flow: Flow, facts: WizardFacts): WizardView {
  const steps = definition(flow, facts);
  // Progress is monotonic: once a later step is done, every step before it is too (a warranty repair
  // may go from D straight to REPPROG, for instance).
  const reached = steps.map((step) => stepReached(step, facts));
  const furthest = reached.lastIndexOf(true);
  const states: StepState[] = steps.map((_, i) => (i <= furthest ? "done" : "todo"));
  // PAD dossiers carry the agreement already: their accept step, if any, is not needed.
  steps.forEach((step, i) => {
    if (step.action.kind === "accept" && followsPadRules(facts) && states[i] === "todo") states[i] = "skipped";
  });
  const currentIndex = states.findIndex((s) => s === "todo");
  if (currentIndex >= 0) states[currentIndex] = "current";
  const current = currentIndex >= 0 ? steps[currentIndex]! : null;
  let blockedReason: string | null = null;
  if (current) {
    const refusal = refusalFor(current.action, facts);
    if (facts.statusCode === "RMANOK" && !followsPadRules(facts)) blockedReason = frWizard.refused;
    // Where the platform did not set EDE itself, the step offers to send it: that is not a wait.
    else if (current.action.kind === "wait" && facts.statusCode === "EDE") blockedReason = frWizard.waitingQuote;
    else if (refusal) blockedReason = frRefusals[refusal](current.action.kind === "status" ? current.action.code : "");
  }
  // An information request waits for the reseller, but the flow may go on: said, not enforced.
  const note = current && (facts.statusCode === "INFSTT" || facts.infoRequestedAt) ? frWizard.infoPending : null;
  return {
    flow,
    steps: steps.map((step, i) => ({ ...step, state: states[i]! })),
    current: current ? { ...current, blockedReason, note } : null,
    finished: currentIndex < 0,
  };
}
