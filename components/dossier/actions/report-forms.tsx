"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { writeDocumentAction } from "@/lib/actions/dossier";
import { newRequestId } from "@/lib/client/uuid";
import { CONCLUSIONS, destructionCertificateForm, expertiseReportForm, SUGGESTED_AFTER, type Conclusion, type WrittenDocumentInput } from "@/lib/files/written";
import { useHydrated } from "@/lib/client/use-hydrated";
import { fr } from "@/lib/i18n/fr";
import { Field, describedBy } from "./field";
import { StatusForm } from "./lazy-forms";

const f = fr.forms;

/** Sends a document Atelier writes; the request id is kept until it is settled, so it never goes twice. */
function useWriteDocument(demandNumber: string) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const requestId = useRef("");
  const [pending, setPending] = useState(false);
  const ready = useHydrated();
  async function send(document: WrittenDocumentInput["document"]): Promise<boolean> {
    setPending(true);
    requestId.current ||= newRequestId();
    try {
      const result = await writeDocumentAction({ requestId: requestId.current, demandNumber, document });
      if (!result.ok) {
        if (result.error.code !== "upstream") requestId.current = "";
        toast.error(result.error.message);
        return false;
      }
      requestId.current = "";
      toast.success(result.data.state === "sent" ? fr.actions.sent : fr.actions.queued);
      void queryClient.invalidateQueries({ queryKey: ["documents", demandNumber] });
      router.refresh();
      return true;
    } catch {
      toast.error(fr.errors.internal);
      return false;
    } finally {
      setPending(false);
    }
  }
  return { send, pending, ready };
}

/** Findings, tests, parts and a conclusion, as a REPORT PDF; then the status the conclusion suggests, not sent on its own. */
export function ExpertiseReportForm({ demandNumber, onDone }: { demandNumber: string; technician: string; onDone?: () => void }) {
  const { send, pending, ready } = useWriteDocument(demandNumber);
  const [sent, setSent] = useState<Conclusion | null>(null);
  const form = useForm({ resolver: zodResolver(expertiseReportForm), defaultValues: { findings: "", tests: "", parts: "", conclusion: "warranty" as Conclusion } });
  const errors = form.formState.errors;
  if (sent) {
    const next = SUGGESTED_AFTER[sent];
    return (
      <div className="space-y-2" data-testid="report-suggestion">
        <p className="text-sm">{f.reportSent}</p>
        {next === "quote" ? <p className="text-sm font-medium">{f.suggestedQuote}</p> : <StatusForm demandNumber={demandNumber} suggested={[next]} fixed={next} onDone={onDone} />}
      </div>
    );
  }
  return (
    <form noValidate className="space-y-3" onSubmit={form.handleSubmit(async (fields) => (await send({ kind: "expertise", fields })) && setSent(fields.conclusion))}>
      <Field id="report-findings" label={f.findings} error={errors.findings?.message}>
        <textarea className="input" rows={3} {...describedBy("report-findings", errors.findings?.message)} {...form.register("findings")} />
      </Field>
      <Field id="report-tests" label={f.testsDone}>
        <textarea className="input" rows={2} id="report-tests" {...form.register("tests")} />
      </Field>
      <Field id="report-parts" label={f.parts}>
        <input className="input" id="report-parts" {...form.register("parts")} />
      </Field>
      <Field id="report-conclusion" label={f.conclusion}>
        <select className="input" id="report-conclusion" {...form.register("conclusion")}>
          {CONCLUSIONS.map((c) => <option key={c} value={c}>{f.conclusions[c]}</option>)}
        </select>
      </Field>
      <button type="submit" className="btn-primary" disabled={pending || !ready}>{pending ? fr.actions.sending : f.sendReport}</button>
    </form>
  );
}

/** After an RDE with DESTRUCT: the date, the method and who, as a REPORT PDF that ends the flow. */
export function DestructionCertificateForm({ demandNumber, technician, onDone }: { demandNumber: string; technician: string; onDone?: () => void }) {
  const { send, pending, ready } = useWriteDocument(demandNumber);
  const today = new Date().toISOString().slice(0, 10);
  const form = useForm({ resolver: zodResolver(destructionCertificateForm), defaultValues: { destroyedOn: today, method: "", by: technician } });
  const errors = form.formState.errors;
  return (
    <form noValidate className="space-y-3" onSubmit={form.handleSubmit(async (fields) => (await send({ kind: "destruction", fields })) && onDone?.())}>
      <Field id="destruction-date" label={f.destroyedOn} error={errors.destroyedOn?.message}>
        <input type="date" className="input" {...describedBy("destruction-date", errors.destroyedOn?.message)} {...form.register("destroyedOn")} />
      </Field>
      <Field id="destruction-method" label={f.destructionMethod} error={errors.method?.message}>
        <input className="input" placeholder="Broyage, filière DEEE…" {...describedBy("destruction-method", errors.method?.message)} {...form.register("method")} />
      </Field>
      <Field id="destruction-by" label={f.destroyedBy} error={errors.by?.message}>
        <input className="input" {...describedBy("destruction-by", errors.by?.message)} {...form.register("by")} />
      </Field>
      <button type="submit" className="btn-primary" disabled={pending || !ready}>{pending ? fr.actions.sending : f.sendCertificate}</button>
    </form>
  );
}
