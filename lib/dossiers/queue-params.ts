// The queue's URL vocabulary, without zod, for the browser: the server parses with queue-filters.ts.
import type { StatusCode } from "@/lib/rma/constants";
import type { QueuePhaseId } from "./phases";

export const SORTS = ["oldest", "newest", "stale", "due"] as const;
/** "en retard": past its due time; "à risque": due within a working day. */
export const DUE_FILTERS = ["late", "risk"] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 50;

export interface QueueFilters {
  phase?: QueuePhaseId;
  status?: StatusCode;
  /** REP, PAD, or any type the platform sent (PMS…). */
  type?: string;
  reseller?: string;
  brand?: string;
  /** "Mes dossiers": the dossiers of the person looking. */
  mine?: boolean;
  /** A user's id: the dossiers assigned to them. */
  assignee?: number;
  due?: (typeof DUE_FILTERS)[number];
  /** A location's code: the products on that shelf. */
  location?: string;
  sort: Sort;
  page: number;
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
