// The queue's rows as the page hands them to its client component: each row a tuple, not an object. The
// RSC payload carries them once more inside the HTML, escaped, and 50 rows' field names were ~9 kB of it
// (#31). Pure: packed on the server, unpacked in the browser.
import type { AgingLevel } from "./aging";
import type { DueState } from "./due";
import type { QueuePage, QueueRow } from "./list-dossiers";

export type PackedRow = [
  demandNumber: string,
  type: string,
  statusCode: string,
  brand: string | null,
  partNumber: string | null,
  clientName: string | null,
  resellerCode: string | null,
  siteName: string | null,
  assignee: string | null,
  location: string | null,
  daysOpen: number | null,
  daysInStatus: number,
  aging: AgingLevel,
  due: [text: string, state: DueState] | null,
  missing: 0 | 1,
];

export type PackedQueuePage = Omit<QueuePage, "rows"> & { rows: PackedRow[] };

export const packRow = (r: QueueRow): PackedRow => [
  r.demandNumber, r.type, r.statusCode, r.brand, r.partNumber, r.clientName, r.resellerCode, r.siteName, r.assignee, r.location, r.daysOpen, r.daysInStatus, r.aging, r.due ? [r.due.text, r.due.state] : null, r.missing ? 1 : 0,
];

export const unpackRow = ([demandNumber, type, statusCode, brand, partNumber, clientName, resellerCode, siteName, assignee, location, daysOpen, daysInStatus, aging, due, missing]: PackedRow): QueueRow => ({
  demandNumber, type, statusCode, brand, partNumber, clientName, resellerCode, siteName, assignee, location, daysOpen, daysInStatus, aging, due: due ? { text: due[0], state: due[1] } : null, missing: missing === 1,
});

export const packPage = (page: QueuePage): PackedQueuePage => ({ ...page, rows: page.rows.map(packRow) });
export const unpackPage = (page: PackedQueuePage): QueuePage => ({ ...page, rows: page.rows.map(unpackRow) });
