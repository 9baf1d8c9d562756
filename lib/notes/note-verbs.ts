import "server-only";
// Local notes: anyone who reads a dossier may add one; only its author or a manager edits or deletes it.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "@/db";
import { dossiers, noteBodySchema, notes } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { recordAudit, type Tx } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/permissions";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";

export const addNoteInput = z.object({ demandNumber: z.string().min(1).max(50), body: noteBodySchema });
export const editNoteInput = z.object({ noteId: z.coerce.number().int().positive(), body: noteBodySchema });
export const deleteNoteInput = z.object({ noteId: z.coerce.number().int().positive() });

export function addNote({ ctx, input }: { ctx: Ctx; input: z.output<typeof addNoteInput> }) {
  return ctx.db.transaction(async (tx) => {
    if (!(await first(tx.select({ n: dossiers.demandNumber }).from(dossiers).where(eq(dossiers.demandNumber, input.demandNumber))))) {
      throw new ServiceError("not_found", fr.dossier.notFound);
    }
    const note = (await first(tx.insert(notes).values({ demandNumber: input.demandNumber, authorId: ctx.user.id, body: input.body, createdAt: ctx.now }).returning({ id: notes.id })))!;
    await recordAudit(tx, ctx, { dossierNumber: input.demandNumber, action: "note.add", summary: { length: input.body.length }, outcome: "ok" });
    return note;
  });
}

async function ownedNote(tx: Tx, ctx: Ctx, noteId: number) {
  const note = await first(tx.select().from(notes).where(eq(notes.id, noteId)));
  if (!note) throw new ServiceError("not_found", fr.notes.notFound);
  if (note.authorId !== ctx.user.id && !can(ctx.user.role, "notes:moderate")) throw new ServiceError("forbidden", fr.notes.notYours);
  return note;
}

export function editNote({ ctx, input }: { ctx: Ctx; input: z.output<typeof editNoteInput> }) {
  return ctx.db.transaction(async (tx) => {
    const note = await ownedNote(tx, ctx, input.noteId);
    await tx.update(notes).set({ body: input.body, editedAt: ctx.now }).where(eq(notes.id, note.id));
    await recordAudit(tx, ctx, { dossierNumber: note.demandNumber, action: "note.edit", summary: { noteId: note.id, length: input.body.length }, outcome: "ok" });
    return { id: note.id, demandNumber: note.demandNumber };
  });
}

export function deleteNote({ ctx, input }: { ctx: Ctx; input: z.output<typeof deleteNoteInput> }) {
  return ctx.db.transaction(async (tx) => {
    const note = await ownedNote(tx, ctx, input.noteId);
    await tx.delete(notes).where(eq(notes.id, note.id));
    await recordAudit(tx, ctx, { dossierNumber: note.demandNumber, action: "note.delete", summary: { noteId: note.id }, outcome: "ok" });
    return { id: note.id, demandNumber: note.demandNumber };
  });
}
