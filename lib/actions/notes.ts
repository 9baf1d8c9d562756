"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { addNote, addNoteInput, deleteNote, deleteNoteInput, editNote, editNoteInput } from "@/lib/notes/note-verbs";

const refresh = (demandNumber: string) => revalidatePath(`/dossiers/${encodeURIComponent(demandNumber)}`);

export const addNoteAction = defineAction({
  name: "notes.add",
  schema: addNoteInput,
  permission: "dossiers:read",
  async run(args) {
    const note = await addNote(args);
    refresh(args.input.demandNumber);
    return note;
  },
});

export const editNoteAction = defineAction({
  name: "notes.edit",
  schema: editNoteInput,
  permission: "dossiers:read",
  async run(args) {
    const note = await editNote(args);
    refresh(note.demandNumber);
    return { id: note.id };
  },
});

export const deleteNoteAction = defineAction({
  name: "notes.delete",
  schema: deleteNoteInput,
  permission: "dossiers:read",
  async run(args) {
    const note = await deleteNote(args);
    refresh(note.demandNumber);
    return { id: note.id };
  },
});
