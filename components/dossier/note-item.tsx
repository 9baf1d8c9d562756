"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { deleteNoteAction, editNoteAction } from "@/lib/actions/notes";
import { FieldError } from "@/components/ui/field-error";
import { fr } from "@/lib/i18n/fr";

/** A note in the timeline; its author or a manager may edit or delete it (the server checks again). */
export function NoteItem({ noteId, body, canChange }: { noteId: number; body: string; canChange: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(body);
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; error?: { message: string; fieldErrors?: Record<string, string> } }>) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setEditing(false);
        setError(undefined);
        router.refresh();
      } else {
        setError(result.error?.fieldErrors?.body ?? result.error?.message);
        toast.error(result.error?.message ?? fr.errors.internal);
      }
    });
  if (editing) {
    return (
      <div className="space-y-2">
        <label htmlFor={`note-${noteId}`} className="sr-only">{fr.notes.editLabel}</label>
        <textarea id={`note-${noteId}`} rows={3} className="input" value={draft} onChange={(e) => setDraft(e.target.value)} aria-invalid={Boolean(error)} aria-describedby={`note-${noteId}-error`} />
        <FieldError id={`note-${noteId}-error`} message={error} />
        <div className="flex gap-2">
          <button type="button" className="btn-primary" disabled={pending} onClick={() => run(() => editNoteAction({ noteId, body: draft }))}>{fr.notes.save}</button>
          <button type="button" className="btn-secondary" onClick={() => setEditing(false)}>{fr.notes.cancel}</button>
        </div>
      </div>
    );
  }
  return (
    <div>
      <p className="whitespace-pre-wrap break-words">{body}</p>
      {canChange && (
        <div className="mt-1 flex gap-2">
          <button type="button" className="btn-secondary" onClick={() => setEditing(true)}>{fr.notes.edit}</button>
          <button
            type="button"
            className="btn-secondary"
            disabled={pending}
            onClick={() => {
              if (window.confirm(fr.notes.confirmDelete)) run(() => deleteNoteAction({ noteId }));
            }}
          >
            {fr.notes.delete}
          </button>
        </div>
      )}
    </div>
  );
}
