// Pieces the command files share: file fields, and the statuses that follow one another.
import { z } from "zod";
import { fr } from "@/lib/i18n/fr";

/** A file field as the action receives it: the id /api/uploads gave. */
export const fileInput = z.object({ uploadId: z.uuid(fr.actions.fileRequired) });

/** The same, resolved: what the outbox stores. */
export const fileRef = z.object({ uploadId: z.uuid(), name: z.string().min(1).max(200), size: z.number().int().positive(), sha256: z.string().regex(/^[0-9a-f]{64}$/), contentType: z.string() });

/** A file in the audit log: its name and size, never its bytes. */
export const fileSummary = (file: z.output<typeof fileRef> | undefined) => (file ? { name: file.name, bytes: file.size } : undefined);

/**
 * Statuses the reseller sets in answer to one of ours: seeing them shows ours arrived, even when the
 * answer came before the check (a quote answered VDE, an information answered INFREV).
 */
export const ANSWERS: Record<string, readonly string[]> = { EDE: ["VDE", "RDE"], INFSTT: ["INFREV"] };
export const withAnswers = (code: string) => [code, ...(ANSWERS[code] ?? [])];

/** Free text a form may leave empty; "" is sent as nothing. */
export const optionalText = (max: number) => z.string().trim().max(max).optional();
