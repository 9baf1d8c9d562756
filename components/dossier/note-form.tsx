"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { addNoteAction } from "@/lib/actions/notes";
import { FieldError } from "@/components/ui/field-error";
import { fr } from "@/lib/i18n/fr";

export function NoteForm({ demandNumber }: { demandNumber: string }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-2"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        startTransition(async () => {
          const result = await addNoteAction({ demandNumber, body });
          if (result.ok) {
            setBody("");
            setError(undefined);
            router.refresh();
          } else {
            setError(result.error.fieldErrors?.body ?? result.error.message);
            if (!result.error.fieldErrors) toast.error(result.error.message);
          }
        });
      }}
    >
      <label htmlFor="new-note" className="block text-sm font-medium">{fr.notes.label}</label>
      <textarea id="new-note" rows={3} className="input" value={body} onChange={(e) => setBody(e.target.value)} aria-invalid={Boolean(error)} aria-describedby="new-note-error" />
      <FieldError id="new-note-error" message={error} />
      <button type="submit" className="btn-primary" disabled={pending}>{fr.notes.add}</button>
    </form>
  );
}
