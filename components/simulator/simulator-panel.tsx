"use client";

import { FlaskConical } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { answerInformationAction, answerQuoteAction } from "@/lib/actions/simulator";
import type { ActionResult } from "@/lib/errors";
import { frSimulator } from "@/lib/i18n/fr-simulator";

/**
 * Simulator mode only: the reseller's buttons for this dossier, so every flow can be played to its end.
 * Offered from what waits for an answer (a quote, a question), which the status may not show.
 */
export function SimulatorPanel({ demandNumber, quoteOpen, infoOpen }: { demandNumber: string; quoteOpen: boolean; infoOpen: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [text, setText] = useState("");
  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        toast.success(frSimulator.done);
        setText("");
        router.refresh();
      } else toast.error(result.error.message);
    });
  return (
    <section aria-labelledby="simulator-panel" className="rounded-lg border border-dashed border-amber-400 bg-amber-50 p-4">
      <h2 id="simulator-panel" className="flex items-center gap-2 text-base font-semibold">
        <FlaskConical aria-hidden="true" className="h-4 w-4" /> {frSimulator.title}
      </h2>
      <p className="mb-2 text-sm">{frSimulator.intro}</p>
      {quoteOpen && (
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-secondary" disabled={pending} onClick={() => run(() => answerQuoteAction({ demandNumber, answer: { answer: "VDE" } }))}>
            {frSimulator.acceptQuote}
          </button>
          <button type="button" className="btn-secondary" disabled={pending} onClick={() => run(() => answerQuoteAction({ demandNumber, answer: { answer: "RDE", treatment: "RETURN" } }))}>
            {frSimulator.refuseReturn}
          </button>
          <button type="button" className="btn-secondary" disabled={pending} onClick={() => run(() => answerQuoteAction({ demandNumber, answer: { answer: "RDE", treatment: "DESTRUCT" } }))}>
            {frSimulator.refuseDestruct}
          </button>
        </div>
      )}
      {infoOpen && (
        <form
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            run(() => answerInformationAction({ demandNumber, text }));
          }}
        >
          <label htmlFor="sim-answer" className="block text-sm font-medium">{frSimulator.answerLabel}</label>
          <textarea id="sim-answer" className="input" rows={2} value={text} onChange={(e) => setText(e.target.value)} required />
          <button type="submit" className="btn-secondary" disabled={pending || !text.trim()}>{frSimulator.answerInfo}</button>
        </form>
      )}
      {!quoteOpen && !infoOpen && <p className="text-sm text-slate-700">{frSimulator.noAnswer}</p>}
    </section>
  );
}
