import { describe, expect, it } from "vitest";
import type { StatusCode } from "@/lib/rma/constants";
import { canQuote, mayCentreSend, NO_LOCAL_RECORD, showsAcceptance, statusChoices, type DossierFacts, type LocalRecord } from "@/lib/workflows/transitions";
import { treatmentOf } from "@/lib/workflows/treatment";
import { nextSteps } from "@/lib/wizards/next-step";
import { inferFlow, wizardView, type Flow, type WizardFacts } from "@/lib/wizards/wizards";

const view = (flow: Flow, statusCode: StatusCode, extra: Partial<WizardFacts> = {}) =>
  wizardView(flow, {
    type: flow.startsWith("pad") ? "PAD" : "REP",
    statusCode,
    agreementNumber: flow.startsWith("pad") ? "AF123" : statusCode === "RMAD" ? null : "A-1",
    accepted: showsAcceptance(statusCode),
    ...NO_LOCAL_RECORD,
    hasDestructionReport: false,
    ...extra,
  });
const facts = (f: Partial<DossierFacts> & Pick<DossierFacts, "statusCode">): DossierFacts => ({ type: "REP", agreementNumber: null, accepted: showsAcceptance(f.statusCode), ...f });
const quoted: LocalRecord = { ...NO_LOCAL_RECORD, openQuote: { number: "DV-1", sentAt: "2026-11-28T10:00:00.000Z" } };
const states = (v: ReturnType<typeof view>) => v.steps.map((s) => `${s.id}:${s.state}`);

describe("wizards", () => {
  it("PAD solution commerciale: D, IEXP, then AVRC or AVRF, without an accept", () => {
    expect(states(view("pad-solution-commerciale", "RMAD"))).toEqual(["reception:current", "expertise:todo", "solution:todo"]);
    expect(view("pad-solution-commerciale", "RMAD").current).toMatchObject({ action: { kind: "status", code: "D" }, blockedReason: null });
    expect(view("pad-solution-commerciale", "IEXP").current?.action).toEqual({ kind: "choice", codes: ["AVRC", "AVRF"] });
    expect(view("pad-solution-commerciale", "AVRF").finished).toBe(true);
  });

  it("PAD échange: D, IEXP, RPLPR, then RPR with the return", () => {
    expect(view("pad-echange", "IEXP").current?.action).toEqual({ kind: "status", code: "RPLPR" });
    expect(view("pad-echange", "RPLPR").current?.action).toEqual({ kind: "return", code: "RPR" });
    expect(view("pad-echange", "RPR").finished).toBe(true);
  });

  it("a PAD dossier without its agreement number is blocked like any other before the accept", () => {
    expect(view("pad-echange", "RMAD", { agreementNumber: null }).current?.blockedReason).toMatch(/acceptation/);
  });

  it("warranty: accept first, a status before it is refused with an explanation", () => {
    const atRmad = view("garantie", "RMAD");
    expect(states(atRmad)).toEqual(["accept:current", "reception:todo", "reparation:todo", "issue:todo", "retour:todo"]);
    expect(atRmad.current).toMatchObject({ action: { kind: "accept" }, blockedReason: null });
    expect(view("garantie", "RMAOK").current?.action).toEqual({ kind: "status", code: "D" });
    expect(view("garantie", "CMDPART").current?.action).toEqual({ kind: "choice", codes: ["PRRE", "PRIR", "CMDPART"] });
    expect(view("garantie", "PRRE").current?.action).toEqual({ kind: "return", code: "RPR" });
  });

  it("out of warranty: quote, wait for the reseller, then repair on VDE", () => {
    expect(view("hors-garantie", "IEXP").current?.action).toEqual({ kind: "quote" });
    const waiting = view("hors-garantie", "EDE");
    expect(waiting.current?.action).toEqual({ kind: "wait", for: "reseller-quote" });
    expect(waiting.current?.blockedReason).toMatch(/réponse du revendeur/);
    expect(view("hors-garantie", "VDE").current?.action).toEqual({ kind: "status", code: "REPPROG" });
    expect(view("hors-garantie", "RPR").finished).toBe(true);
  });

  it("out of warranty, RDE: RETURN leads to the return, DESTRUCT to the destruction report", () => {
    const back = view("hors-garantie", "RDE", { treatment: "RETURN" });
    expect(back.current?.action).toEqual({ kind: "return", code: "RPR" });
    expect(back.steps.map((s) => s.id)).not.toContain("reparation");
    const destroy = view("hors-garantie", "RDE", { treatment: "DESTRUCT" });
    expect(destroy.current?.action).toEqual({ kind: "destruction-report" });
    expect(view("hors-garantie", "RDE", { treatment: "DESTRUCT", hasDestructionReport: true }).finished).toBe(true);
  });

  it("RDE with no readable treatment asks the technician to choose", () => {
    const unreadable = view("hors-garantie", "RDE");
    expect(unreadable.current).toMatchObject({ id: "traitement", action: { kind: "choose-treatment" }, blockedReason: null });
    expect(unreadable.steps.map((s) => s.id)).not.toContain("retour");
  });

  it("a refused dossier blocks the next step, with the reason; a pending information request is said, not enforced", () => {
    expect(view("garantie", "RMANOK").current?.blockedReason).toMatch(/refusé/);
    const asked = view("garantie", "INFSTT", { accepted: true });
    expect(asked.current).toMatchObject({ blockedReason: null, note: expect.stringMatching(/INFREV/) });
  });

  it("takes its rules from the commands: no status step before the accept, the accept only at RMAD", () => {
    expect(view("pad-echange", "RMAD", { agreementNumber: null, type: "PMS" }).current?.blockedReason).toMatch(/acceptez-le d'abord/);
    expect(view("pad-echange", "RMAD", { type: "PMS" }).current?.blockedReason).toBeNull();
  });

  it("infers the flow when the status tells it, and asks otherwise", () => {
    expect(inferFlow(facts({ statusCode: "EDE", agreementNumber: "A" }))).toBe("hors-garantie");
    expect(inferFlow(facts({ type: "PAD", statusCode: "RPLPR", agreementNumber: "A" }))).toBe("pad-echange");
    expect(inferFlow(facts({ type: "PMS", statusCode: "RPLPR", agreementNumber: "A" }))).toBe("pad-echange");
    expect(inferFlow(facts({ statusCode: "D", agreementNumber: "A" }))).toBeNull();
    expect(inferFlow({ ...facts({ statusCode: "IEXP", agreementNumber: "A" }), openQuote: quoted.openQuote })).toBe("hors-garantie");
  });
});

describe("transitions: only the document's rules are gates", () => {
  it("no status on a REP dossier before the accept; a PAD, PMS or other flow with an agreement needs none", () => {
    expect(statusChoices(facts({ statusCode: "RMAD" }))).toEqual({ suggested: [], others: [] });
    expect(statusChoices(facts({ type: "PAD", statusCode: "RMAD", agreementNumber: "AF1" })).suggested).toContain("D");
    expect(statusChoices(facts({ type: "PMS", statusCode: "RMAD", agreementNumber: "AF1" })).suggested).toContain("D");
    expect(statusChoices(facts({ type: "PMS", statusCode: "RMAD", agreementNumber: null })).others).toEqual([]);
  });

  it("never offers a code only the reseller sets, whatever the status", () => {
    for (const status of ["RMAD", "IEXP", "EDE", "RPR", "XYZ"] as const) {
      const { suggested, others } = statusChoices(facts({ statusCode: status, accepted: true }));
      for (const code of [...suggested, ...others]) expect(["RMAD", "RMAOK", "RMANOK", "VDE", "RDE", "INFREV"]).not.toContain(code);
    }
  });

  it("acceptance is a fact of its own: an accepted dossier the platform shows at INFSTT still takes a status", () => {
    expect(statusChoices(facts({ statusCode: "INFSTT", accepted: true })).others).toContain("D");
    expect(showsAcceptance("INFSTT")).toBe(false);
    expect(showsAcceptance("RMAOK")).toBe(true);
  });

  it("corrections and skipped steps stay possible, as another status: D to PRRE or CMDPART, RPR after AVRF", () => {
    const atD = statusChoices(facts({ statusCode: "D" }));
    expect(atD.suggested).not.toContain("PRRE");
    expect(atD.others).toEqual(expect.arrayContaining(["PRRE", "CMDPART"]));
    expect(mayCentreSend(facts({ statusCode: "D" }), "PRRE")).toBe(true);
    expect(mayCentreSend(facts({ statusCode: "AVRF" }), "RPR")).toBe(true);
    expect(mayCentreSend(facts({ statusCode: "D" }), "VDE")).toBe(false);
  });

  it("an unknown status code breaks nothing: every centre code is offered as another status", () => {
    const { suggested, others } = statusChoices(facts({ statusCode: "ZZTOP", accepted: true }));
    expect(suggested).toEqual([]);
    expect(others.length).toBeGreaterThan(10);
  });

  it("a quote the platform left at IEXP: EDE comes first, and the wizard does not offer the quote again", () => {
    expect(statusChoices(facts({ statusCode: "IEXP" }), quoted).suggested[0]).toBe("EDE");
    expect(statusChoices(facts({ statusCode: "EDE" }), quoted).suggested).not.toContain("EDE");
    const waiting = view("hors-garantie", "IEXP", quoted);
    expect(waiting.steps.find((s) => s.id === "devis")?.state).toBe("done");
    expect(waiting.current).toMatchObject({ id: "reponse", action: { kind: "wait" }, blockedReason: null });
    expect(view("hors-garantie", "EDE", quoted).current?.blockedReason).toMatch(/réponse du revendeur/);
  });

  it("DESTRUCT given only in the comment hides RPR everywhere", () => {
    const treatment = treatmentOf(null, "Devis refusé : produit à détruire, abandon du produit (destruct)");
    expect(treatment).toBe("DESTRUCT");
    const local = { ...NO_LOCAL_RECORD, treatment };
    const { suggested, others } = statusChoices(facts({ statusCode: "RDE" }), local);
    expect([...suggested, ...others]).not.toContain("RPR");
    expect(mayCentreSend(facts({ statusCode: "RDE" }), "RPR", local)).toBe(false);
    expect(view("hors-garantie", "RDE", { treatment }).current?.action).toEqual({ kind: "destruction-report" });
  });

  it("reads the treatment from the field, then the comment, in any case; both or neither is no answer", () => {
    // The field comes upper-cased from the reading (lib/rma/codes.ts: tests/rma/codes.test.ts).
    expect(treatmentOf("RETURN", "à détruire")).toBe("RETURN");
    expect(treatmentOf(null, "RETURN")).toBe("RETURN");
    expect(treatmentOf("", "Le client demande : Destruct.")).toBe("DESTRUCT");
    expect(treatmentOf(null, "si le produit est à retourner ou si il faut le détruire")).toBeNull();
    expect(treatmentOf(null, "Devis refusé")).toBeNull();
  });

  it("the quote form follows the accept (3.5), not the flow", () => {
    expect(canQuote(facts({ statusCode: "IEXP" }))).toBe(true);
    expect(canQuote(facts({ statusCode: "RMAD" }))).toBe(false);
  });
});

describe("progress", () => {
  it("is monotonic: a warranty repair that skipped the expertise still shows what came before as done", () => {
    const repairing = view("hors-garantie", "REPPROG");
    expect(repairing.steps.filter((s) => s.state === "done").map((s) => s.id)).toEqual(["accept", "reception", "expertise", "devis", "reponse", "reparation"]);
    expect(repairing.current?.id).toBe("issue");
  });
});

describe("the next step in one click", () => {
  const at = (statusCode: StatusCode, extra: Partial<WizardFacts> = {}) =>
    nextSteps({ type: "REP", statusCode, agreementNumber: "A-1", accepted: showsAcceptance(statusCode), ...NO_LOCAL_RECORD, hasDestructionReport: false, ...extra }).map((s) => [s.label, s.action.kind]);

  it("is one button where the flows agree, and the choice of the two where they do not", () => {
    expect(at("EXPOK")).toEqual([["Produit reçu (D)", "status"]]);
    expect(at("D")).toEqual([["Réparation en cours (REPPROG)", "status"], ["Expertise en cours (IEXP)", "status"]]);
    expect(at("IEXP").map(([label]) => label)).toContain("Émettre le devis");
    expect(at("PRRE")).toEqual([["Retour du produit avec son suivi (RPR)", "return"]]);
    expect(at("RMAD", { type: "PAD", agreementNumber: "AF1", accepted: false })).toEqual([["Produit reçu (D)", "status"]]);
    expect(at("RMAD", { agreementNumber: null, accepted: false })).toEqual([["Accepter le dossier", "accept"]]);
  });
});
