"use client";

import { usePathname, useRouter } from "next/navigation";
import { frQueue } from "@/lib/i18n/fr-queue";

export type FilterField =
  | { kind: "select"; name: string; label: string; options: Array<[string, string]>; anyLabel?: string }
  | { kind: "date"; name: string; label: string };

/** Filters written to the URL (so a link shows the same view), read back by the server page. */
export function UrlFilters({ fields, values }: { fields: FilterField[]; values: Record<string, string | undefined> }) {
  const router = useRouter();
  const pathname = usePathname();
  const set = (name: string, value: string) => {
    const params = new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => Boolean(e[1])));
    if (value) params.set(name, value);
    else params.delete(name);
    router.push(`${pathname}?${params}`);
  };
  return (
    <div role="search" aria-label={frQueue.filters} className="flex flex-wrap items-end gap-3">
      {fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={`filter-${field.name}`} className="block text-xs font-medium text-slate-700">{field.label}</label>
          {field.kind === "select" ? (
            <select id={`filter-${field.name}`} className="input mt-0.5 py-1 text-sm" value={values[field.name] ?? ""} onChange={(e) => set(field.name, e.target.value)}>
              <option value="">{field.anyLabel ?? frQueue.any}</option>
              {field.options.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
            </select>
          ) : (
            <input id={`filter-${field.name}`} type="date" className="input mt-0.5 py-1 text-sm" value={values[field.name] ?? ""} onChange={(e) => set(field.name, e.target.value)} />
          )}
        </div>
      ))}
    </div>
  );
}
