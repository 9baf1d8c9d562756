"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { QueuePage } from "@/lib/dossiers/list-dossiers";
import { unpackPage, type PackedQueuePage } from "@/lib/dossiers/queue-rows";
import { KNOWN_STATUSES, PHASES, UNKNOWN_PHASE } from "@/lib/dossiers/phases";
import { queueSearchParams, type QueueFilters } from "@/lib/dossiers/queue-params";
import { fr } from "@/lib/i18n/fr";
import { frQueue } from "@/lib/i18n/fr-queue";
import type { StatusCode } from "@/lib/rma/constants";
import { useState } from "react";
import { AgingFlag } from "./aging-flag";
import { BulkAssign } from "./bulk-assign";
import { DueFlag } from "./due-flag";
import { StatusBadge } from "./status-badge";

/** The queue: first rendered on the server, then kept fresh by the query cache (refetched after a sync). */
/** `assignees` is given to those who may assign: the rows get checkboxes and a bulk "Attribuer à". */
export function QueueView({ filters, initialPage, assignees = null }: { filters: QueueFilters; initialPage: PackedQueuePage; assignees?: Array<{ id: number; name: string }> | null }) {
  const [selected, setSelected] = useState<string[]>([]);
  const search = queueSearchParams(filters).toString();
  const { data } = useQuery({
    queryKey: ["dossiers", search],
    queryFn: async (): Promise<QueuePage> => {
      const response = await fetch(`/api/dossiers?${search}`, { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      return ((await response.json()) as { data: QueuePage }).data;
    },
    initialData: () => unpackPage(initialPage),
  });
  const count = (statuses: readonly StatusCode[]) => statuses.reduce((sum, s) => sum + (data.statusCounts[s] ?? 0), 0);
  const link = (patch: Partial<QueueFilters>) => `/dossiers?${queueSearchParams({ ...filters, page: 1, phase: undefined, status: undefined, ...patch })}`;
  const currentPhase = PHASES.find((p) => p.id === filters.phase);
  const all = Object.values(data.statusCounts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const unknown = Object.entries(data.statusCounts).reduce((sum, [s, n]) => sum + (KNOWN_STATUSES.includes(s) ? 0 : (n ?? 0)), 0);

  return (
    <div className="space-y-4">
      <nav aria-label={frQueue.phasesLabel}>
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href={link({})} aria-current={!filters.phase && !filters.status ? "page" : undefined} className="phase-tab">
              {frQueue.all} <span className="phase-count">{all}</span>
            </Link>
          </li>
          {PHASES.map((phase) => (
            <li key={phase.id}>
              <Link href={link({ phase: phase.id })} aria-current={filters.phase === phase.id && !filters.status ? "page" : undefined} className="phase-tab">
                {phase.label} <span className="phase-count">{count(phase.statuses)}</span>
              </Link>
            </li>
          ))}
          {(unknown > 0 || filters.phase === UNKNOWN_PHASE.id) && (
            <li>
              <Link href={link({ phase: UNKNOWN_PHASE.id })} aria-current={filters.phase === UNKNOWN_PHASE.id ? "page" : undefined} className="phase-tab">
                {UNKNOWN_PHASE.label} <span className="phase-count">{unknown}</span>
              </Link>
            </li>
          )}
        </ul>
        {currentPhase && currentPhase.statuses.length > 1 && (
          <ul className="mt-2 flex flex-wrap gap-2" aria-label={frQueue.status}>
            {currentPhase.statuses.map((status) => (
              <li key={status}>
                <Link
                  href={link({ phase: currentPhase.id, status: filters.status === status ? undefined : status })}
                  aria-current={filters.status === status ? "page" : undefined}
                  className="status-chip"
                >
                  <StatusBadge code={status} /> <span className="phase-count">{data.statusCounts[status] ?? 0}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </nav>

      <p className="text-sm text-slate-700" aria-live="polite">{frQueue.count(data.total)}</p>
      {assignees && <BulkAssign assignees={assignees} selected={selected} onDone={() => setSelected([])} />}

      {data.rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-6 text-center text-slate-700">{frQueue.empty}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="data-table w-full text-left text-sm">
            <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
              <tr>
                {assignees && (
                  <th scope="col" className="px-3 py-2">
                    <label className="touch-check">
                      <input
                        type="checkbox"
                        aria-label={fr.assign.selectAll}
                        checked={data.rows.length > 0 && data.rows.every((r) => selected.includes(r.demandNumber))}
                        onChange={(e) => setSelected(e.target.checked ? data.rows.map((r) => r.demandNumber) : [])}
                      />
                    </label>
                  </th>
                )}
                {Object.values(frQueue.columns).map((column) => (
                  <th key={column} scope="col" className="px-3 py-2 font-semibold">{column}</th>
                ))}
                <th scope="col" className="px-3 py-2 font-semibold">{fr.assign.assignee}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.demandNumber} data-testid="queue-row">
                  {assignees && (
                    <td>
                      <label>
                        <input
                          type="checkbox"
                          aria-label={fr.assign.select(row.demandNumber)}
                          checked={selected.includes(row.demandNumber)}
                          onChange={(e) => setSelected((list) => (e.target.checked ? [...list, row.demandNumber] : list.filter((n) => n !== row.demandNumber)))}
                        />
                      </label>
                    </td>
                  )}
                  <td>
                    <Link href={`/dossiers/${encodeURIComponent(row.demandNumber)}`} className="row-link">
                      {row.demandNumber}
                    </Link>
                    {row.missing && <span className="ml-1 text-xs text-slate-600" title={frQueue.missing}>({frQueue.missing})</span>}
                  </td>
                  <td>{row.type}</td>
                  <td><StatusBadge code={row.statusCode} /></td>
                  <td>{row.brand}<span className="cell-note">{row.partNumber}</span></td>
                  <td>{row.clientName}</td>
                  <td>{row.resellerCode}<span className="cell-note">{row.siteName}</span></td>
                  <td>{frQueue.days(row.daysOpen)}</td>
                  <td><AgingFlag days={row.daysInStatus} level={row.aging} /></td>
                  <td><DueFlag due={row.due} /></td>
                  <td className="font-mono">{row.location ?? "—"}</td>
                  <td>{row.assignee ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {data.pageCount > 1 && (
        <nav aria-label={frQueue.pagination} className="flex items-center gap-3 text-sm">
          {data.page > 1 && <Link className="btn-secondary" href={`/dossiers?${queueSearchParams({ ...filters, page: data.page - 1 })}`}>{frQueue.previous}</Link>}
          <span>{frQueue.page(data.page, data.pageCount)}</span>
          {data.page < data.pageCount && <Link className="btn-secondary" href={`/dossiers?${queueSearchParams({ ...filters, page: data.page + 1 })}`}>{frQueue.next}</Link>}
        </nav>
      )}
    </div>
  );
}
