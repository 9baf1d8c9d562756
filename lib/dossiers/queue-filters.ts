// The queue's state lives in the URL: filters, sort and page, parsed the same way on the server (first
// render) and in the browser (the query cache's key).
import { z } from "zod";
import { DOSSIER_TYPES, STATUS_CODES } from "@/lib/rma/constants";
import { PHASE_IDS } from "./phases";

export const SORTS = ["oldest", "newest", "stale"] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 50;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional()).catch(undefined);

export const queueFilters = z.object({
  phase: optional(z.enum(PHASE_IDS)),
  status: optional(z.enum(STATUS_CODES)),
  type: optional(z.enum(DOSSIER_TYPES)),
  reseller: optional(z.string().max(50)),
  brand: optional(z.string().max(80)),
  sort: z.enum(SORTS).catch("oldest").default("oldest"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type QueueFilters = z.output<typeof queueFilters>;

export function parseQueueFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): QueueFilters {
  const record = params instanceof URLSearchParams ? Object.fromEntries(params) : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return queueFilters.parse(record);
}

/** Back to a query string, leaving defaults out so links stay short. */
export function queueSearchParams(filters: Partial<QueueFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === "") continue;
    if ((key === "sort" && value === "oldest") || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  return params;
}
