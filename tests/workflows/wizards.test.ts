import { describe, expect, it } from "vitest";
import type { StatusCode } from "@/lib/rma/constants";
import { canQuote, nextStatuses } from "@/lib/workflows/transitions";
import { inferFlow, wizardView, type Flow } from "@/lib/workflows/wizards";

const view = (flow: Flow, statusCode: StatusCode, extra: Partial<{ type: "REP" | "PAD"; agreementNumber: string | null; quoteTreatment: string | null; hasDestructionReport: boolean }> = {}) =>
  wizardView(flow, {
    type: flow.startsWith("pad") ? "PAD" : "REP",
    statusCode,
    agreementNumber: flow.startsWith("pad") ? "AF123" : statusCode === "RMAD" ? null : "A-1",
    quoteTreatment: null,
    hasDestructionReport: false,
    ...extra,
  });
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
    const back = view("hors-garantie", "RDE", { quoteTreatment: "RETURN" });
    expect(back.current?.action).toEqual({ kind: "return", code: "RPR" });
    expect(back.steps.map((s) => s.id)).not.toContain("reparation");
    const destroy = view("hors-garantie", "RDE", { quoteTreatment: "DESTRUCT" });
    expect(destroy.current?.action).toEqual({ kind: "destruction-report" });
    expect(view("hors-garantie", "RDE", { quoteTreatment: "DESTRUCT", hasDestructionReport: true }).finished).toBe(true);
  });

  it("a refused dossier or a pending information request blocks the next step, with the reason", () => {
    expect(view("garantie", "RMANOK").current?.blockedReason).toMatch(/refusé/);
    expect(view("garantie", "INFSTT").current?.blockedReason).toMatch(/INFREV/);
  });

  it("infers the flow when the status tells it, and asks otherwise", () => {
    expect(inferFlow({ type: "REP", statusCode: "EDE", agreementNumber: "A" })).toBe("hors-garantie");
    expect(inferFlow({ type: "PAD", statusCode: "RPLPR", agreementNumber: "A" })).toBe("pad-echange");
    expect(inferFlow({ type: "REP", statusCode: "D", agreementNumber: "A" })).toBeNull();
  });
});

describe("transitions", () => {
  it("offers no status on a REP dossier before the accept, and only centre codes after", () => {
    expect(nextStatuses({ type: "REP", statusCode: "RMAD", agreementNumber: null })).toEqual([]);
    expect(nextStatuses({ type: "PAD", statusCode: "RMAD", agreementNumber: "AF1" })).toContain("D");
    for (const code of nextStatuses({ type: "REP", statusCode: "IEXP", agreementNumber: "A" })) expect(["RMAD", "RMAOK", "RMANOK", "VDE", "RDE", "INFREV"]).not.toContain(code);
  });

  it("offers a quote only on repairs, after reception or expertise", () => {
    expect(canQuote({ type: "REP", statusCode: "IEXP", agreementNumber: "A" })).toBe(true);
    expect(canQuote({ type: "PAD", statusCode: "IEXP", agreementNumber: "A" })).toBe(false);
    expect(canQuote({ type: "REP", statusCode: "RMAD", agreementNumber: null })).toBe(false);
  });
});

describe("progress", () => {
  it("is monotonic: a warranty repair that skipped the expertise still shows what came before as done", () => {
    const repairing = view("hors-garantie", "REPPROG");
    expect(repairing.steps.filter((s) => s.state === "done").map((s) => s.id)).toEqual(["accept", "reception", "expertise", "devis", "reponse", "reparation"]);
    expect(repairing.current?.id).toBe("issue");
  });
});
