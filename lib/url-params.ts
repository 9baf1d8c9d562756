// Pieces of the schemas that read filters from a URL: whatever a link carries, the page renders.
import { z } from "zod";

/** An optional parameter: empty means absent, and a value that does not fit is dropped, not an error. */
export const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional()).catch(undefined);

/** A day as <input type="date"> writes it. */
export const dayParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The first instant after the given day, local time (for "to" bounds that include the day). */
export const endOfDay = (day: string) => new Date(new Date(`${day}T00:00:00`).getTime() + 86_400_000);
