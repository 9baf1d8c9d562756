"use client";

import { useRouter } from "next/navigation";
import { useRef, useTransition } from "react";
import { toast } from "sonner";
import { remindQuoteAction } from "@/lib/actions/quotes";
import { newRequestId } from "@/lib/client/uuid";
import { frReminders } from "@/lib/i18n/fr-reminders";

/** « Relancer »: one message to the reseller; the request id is kept until settled, so a double click sends once. */
export function RemindButton({ quoteId, demandNumber }: { quoteId: number; demandNumber: string }) {
  const router = useRouter();
  const requestId = useRef("");
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="btn-secondary min-h-11"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          requestId.current ||= newRequestId();
          const result = await remindQuoteAction({ requestId: requestId.current, quoteId });
          if (result.ok) {
            requestId.current = "";
            toast.success(frReminders.sent);
            router.refresh();
          } else {
            if (result.error.code !== "upstream") requestId.current = "";
            toast.error(result.error.message);
          }
        })
      }
    >
      {frReminders.remind(demandNumber)}
    </button>
  );
}
