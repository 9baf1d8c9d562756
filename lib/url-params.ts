// Pieces of the schemas that read filters from a URL: whatever a link carries, the page renders.
import { z } from "zod";

/** An optional parameter: empty means absent, and a value that does not fit is dropped, not an error. */
export const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional()).catch(undefined);

/** A page number from a link: whatever does not fit (not a number, 0, past `max`) is the first page. */
export const pageParam = (max?: number) => (max ? z.coerce.number().int().min(1).max(max) : z.coerce.number().int().min(1)).catch(1).default(1);

/** A day as <input type="date"> writes it. */
export const dayParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The first instant after the given day, local time (for "to" bounds that include the day). */
export const endOfDay = (day: string) => new Date(new Date(`${day}T00:00:00`).getTime() + 86_400_000);

/**
 * A dynamic route segment as a dossier number. Next.js hands it over decoded; a second decoding of a "%"
 * throws, so a segment that still looks encoded is decoded once, and one that cannot be is refused (null).
 */
export function pathParam(raw: string): string | null {
  if (!/%[0-9A-Fa-f]{2}/.test(raw)) return raw.includes("%") ? null : raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** A string safe for encodeURIComponent: a lone surrogate (a broken file name from the platform) becomes "�". */
export const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
