"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { queueSearchParams, SORTS, type QueueFilters } from "@/lib/dossiers/queue-params";
import { typeLabel } from "@/lib/dossiers/type-label";
import { fr } from "@/lib/i18n/fr";
import { frQueue } from "@/lib/i18n/fr-queue";

/** Filters and sort: each change is a new URL, so a link shows the same list. */
export function QueueFiltersBar({ filters, options }: { filters: QueueFilters; options: { resellers: string[]; brands: string[]; types: string[]; assignees: Array<{ id: number; name: string }> } }) {
  const router = useRouter();
  const go = (patch: Partial<QueueFilters>) => router.push(`/dossiers?${queueSearchParams({ ...filters, page: 1, ...patch })}`);
  const select = (id: string, label: string, value: string | undefined, values: Array<[string, string]>, onChange: (v: string) => void, withAny = true) => (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">{label}</label>
      <select id={id} className="input mt-0.5 py-1 text-sm" value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        {withAny && <option value="">{frQueue.any}</option>}
        {values.map(([v, text]) => (
          <option key={v} value={v}>{text}</option>
        ))}
      </select>
    </div>
  );
  return (
    <div role="search" aria-label={frQueue.filters} className="flex flex-wrap items-end gap-3">
      {select("filter-type", frQueue.type, filters.type, options.types.map((t) => [t, typeLabel(t)]), (v) => go({ type: v || undefined }))}
      {select("filter-reseller", frQueue.reseller, filters.reseller, options.resellers.map((r) => [r, r]), (v) => go({ reseller: v || undefined }))}
      {select("filter-brand", frQueue.brand, filters.brand, options.brands.map((b) => [b, b]), (v) => go({ brand: v || undefined }))}
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
          <label htmlFor="filter-location" className="block text-xs font-medium text-slate-700">{frQueue.locationFilter}</label>
          <input id="filter-location" name="location" key={filters.location ?? ""} defaultValue={filters.location ?? ""} className="input mt-0.5 w-28 py-1 font-mono text-sm uppercase" autoComplete="off" />
        </div>
      </form>
      {select("filter-due", frQueue.due.filter, filters.due, [["late", frQueue.due.filterLate], ["risk", frQueue.due.filterRisk]], (v) => go({ due: (v || undefined) as QueueFilters["due"] }))}
      <Link href={`/dossiers?${queueSearchParams({ ...filters, page: 1, mine: !filters.mine || undefined, assignee: undefined })}`} aria-current={filters.mine ? "page" : undefined} className={`btn-secondary min-h-11 ${filters.mine ? "ring-2 ring-blue-700" : ""}`}>
        {filters.mine ? "✓ " : ""}{fr.assign.mine}
      </Link>
      {select("filter-sort", frQueue.sort, filters.sort, SORTS.map((s) => [s, frQueue.sorts[s]!]), (v) => go({ sort: v as QueueFilters["sort"] }), false)}
      <Link href="/dossiers" className="touch-target inline-flex items-center pb-1.5 text-sm text-blue-800 underline">{frQueue.reset}</Link>
    </div>
  );
}
