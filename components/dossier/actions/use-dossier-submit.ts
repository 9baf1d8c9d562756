"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { submitDossierAction } from "@/lib/actions/dossier";
import { useHydrated } from "@/lib/client/use-hydrated";
import { newRequestId } from "@/lib/client/uuid";
import { fr } from "@/lib/i18n/fr";
import type { SubmitActionInput } from "@/lib/submit/submit-action";

export type Command = SubmitActionInput["command"];

/**
 * Sends one dossier action. The request id is kept until the action is settled, so a double click, a
 * resubmission or a retry after a network error is recognised by the server and never sent twice.
 */
export function useDossierSubmit(demandNumber: string) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const requestId = useRef<string>("");
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const ready = useHydrated();

  async function submit(command: Command, onFieldErrors?: (errors: Record<string, string>) => void): Promise<boolean> {
    if (inFlight.current) return false;
    inFlight.current = true;
    setPending(true);
    requestId.current ||= newRequestId();
    try {
      const result = await submitDossierAction({ requestId: requestId.current, demandNumber, command });
      if (result.ok) {
        requestId.current = "";
        if (result.data.duplicate) toast.info(fr.actions.duplicate);
        else if (result.data.state === "sent") toast.success(fr.actions.sent);
        else if (result.data.state === "unknown" || result.data.state === "review") toast.warning(fr.actions.unknownOutcome);
        else toast.warning(fr.actions.queued);
        void queryClient.invalidateQueries({ queryKey: ["documents", demandNumber] });
        void queryClient.invalidateQueries({ queryKey: ["dossiers"] });
        router.refresh();
        return true;
      }
      // A refusal is final for this request: a corrected submission is a new action.
      if (result.error.code !== "upstream") requestId.current = "";
      const fieldErrors = Object.fromEntries(Object.entries(result.error.fieldErrors ?? {}).map(([path, message]) => [path.split(".").at(-1)!, message]));
      if (onFieldErrors && Object.keys(fieldErrors).length) onFieldErrors(fieldErrors);
      else toast.error(result.error.message);
      router.refresh();
      return false;
    } catch {
      // Our own server did not answer: keep the id, so trying again cannot send the action twice.
      toast.error(fr.errors.internal);
      return false;
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  /** `ready`: the form's handler is attached; until then its submit button stays disabled. */
  return { submit, pending, ready };
}
