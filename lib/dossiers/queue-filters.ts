// The queue's state lives in the URL: filters, sort and page, parsed the same way on the server (first
// render) and in the browser (the query cache's key).
import { z } from "zod";
import { optionalParam, pageParam } from "@/lib/url-params";
import { STATUS_CODES } from "@/lib/rma/constants";
import { PHASE_IDS } from "./phases";
import { DUE_FILTERS, SORTS, type QueueFilters } from "./queue-params";

export { PAGE_SIZE, queueSearchParams, SORTS, type QueueFilters, type Sort } from "./queue-params";


export const queueFilters = z.object({
  phase: optionalParam(z.enum(PHASE_IDS)),
  status: optionalParam(z.enum(STATUS_CODES)),
  type: optionalParam(z.string().max(20)),
  reseller: optionalParam(z.string().max(50)),
  brand: optionalParam(z.string().max(80)),
  mine: optionalParam(z.enum(["1", "true"]).transform(() => true)),
  assignee: optionalParam(z.coerce.number().int().positive()),
  due: optionalParam(z.enum(DUE_FILTERS)),
  location: optionalParam(z.string().max(20).transform((v) => v.trim().toUpperCase())),
  sort: z.enum(SORTS).catch("oldest").default("oldest"),
  page: pageParam(100_000),
});
// The schema and the browser's type describe the same thing: a mismatch is a type error here.
const _sameShape: QueueFilters = {} as z.output<typeof queueFilters>;
void _sameShape;

export function parseQueueFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): QueueFilters {
  const record = params instanceof URLSearchParams ? Object.fromEntries(params) : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return queueFilters.parse(record);
}
