"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { queueSearchParams, SORTS, type QueueFilters } from "@/lib/dossiers/queue-params";
import { typeLabel } from "@/lib/dossiers/type-label";
import { fr } from "@/lib/i18n/fr";

/** Filters and sort: each change is a new URL, so a link shows the same list. */
export function QueueFiltersBar({ filters, options }: { filters: QueueFilters; options: { resellers: string[]; brands: string[]; types: string[]; assignees: Array<{ id: number; name: string }> } }) {
  const router = useRouter();
  const go = (patch: Partial<QueueFilters>) => router.push(`/dossiers?${queueSearchParams({ ...filters, page: 1, ...patch })}`);
  const select = (id: string, label: string, value: string | undefined, values: Array<[string, string]>, onChange: (v: string) => void, withAny = true) => (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">{label}</label>
      <select id={id} className="input mt-0.5 py-1 text-sm" value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        {withAny && <option value="">{fr.queue.any}</option>}
        {values.map(([v, text]) => (
          <option key={v} value={v}>{text}</option>
        ))}
      </select>
    </div>
  );
  return (
    <div role="search" aria-label={fr.queue.filters} className="flex flex-wrap items-end gap-3">
      {select("filter-type", fr.queue.type, filters.type, options.types.map((t) => [t, typeLabel(t)]), (v) => go({ type: v || undefined }))}
      {select("filter-reseller", fr.queue.reseller, filters.reseller, options.resellers.map((r) => [r, r]), (v) => go({ reseller: v || undefined }))}
      {select("filter-brand", fr.queue.brand, filters.brand, options.brands.map((b) => [b, b]), (v) => go({ brand: v || undefined }))}
      {select("filter-assignee", fr.assign.byAssignee, filters.assignee ? String(filters.assignee) : undefined, options.assignees.map((u) => [String(u.id), u.name]), (v) => go({ assignee: v ? Number(v) : undefined, mine: undefined }))}
      <form
        className="contents"
        onSubmit={(e) => {
          e.preventDefault();
          const value = String(new FormData(e.currentTarget).get("location") ?? "").trim();
          go({ location: value || undefined });
        }}
      >
        <div>
          <label htmlFor="filter-location" className="block text-xs font-medium text-slate-700">{fr.queue.locationFilter}</label>
          <input id="filter-location" name="location" key={filters.location ?? ""} defaultValue={filters.location ?? ""} className="input mt-0.5 w-28 py-1 font-mono text-sm uppercase" autoComplete="off" />
        </div>
      </form>
      {select("filter-due", fr.queue.due.filter, filters.due, [["late", fr.queue.due.filterLate], ["risk", fr.queue.due.filterRisk]], (v) => go({ due: (v || undefined) as QueueFilters["due"] }))}
      <Link href={`/dossiers?${queueSearchParams({ ...filters, page: 1, mine: !filters.mine || undefined, assignee: undefined })}`} aria-current={filters.mine ? "page" : undefined} className={`btn-secondary min-h-11 ${filters.mine ? "ring-2 ring-blue-700" : ""}`}>
        {filters.mine ? "✓ " : ""}{fr.assign.mine}
      </Link>
      {select("filter-sort", fr.queue.sort, filters.sort, SORTS.map((s) => [s, fr.queue.sorts[s]!]), (v) => go({ sort: v as QueueFilters["sort"] }), false)}
      <Link href="/dossiers" className="touch-target inline-flex items-center pb-1.5 text-sm text-blue-800 underline">{fr.queue.reset}</Link>
    </div>
  );
}
