import type { Metadata } from "next";
import Link from "next/link";
import { UrlFilters } from "@/components/managers/url-filters";
import { ACTIVITY_PAGE, activityFilters, activityUsers, listActivity } from "@/lib/activity/list-activity";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { formatDateTime } from "@/lib/format";
import { frQueue } from "@/lib/i18n/fr-queue";
import { frAudit } from "@/lib/i18n/fr-audit";
import { frManagers } from "@/lib/i18n/fr-managers";

export const metadata: Metadata = { title: frManagers.activityTitle };
const m = frManagers;
const ACTION_GROUPS: Array<[string, string]> = [
  ["dossier.", "Actions sur les dossiers"],
  ...Object.entries(frAudit.actions).filter(([key]) => key.startsWith("dossier.")),
  ["note.", "Notes"],
  ["user.", "Utilisateurs"],
];

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageUser("manager:view");
  const filters = activityFilters.parse(await searchParams);
  const database = (await userCentre(user)).db;
  const [rows, people] = await Promise.all([listActivity(database, filters), activityUsers(database)]);
  const query = new URLSearchParams(Object.entries({ ...filters, page: undefined }).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== null).map(([k, v]) => [k, String(v)]));
  return (
    <main className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{m.activityTitle}</h1>
        <a className="btn-secondary" href={`/api/activite?${query}`} download>{m.exportCsv}</a>
      </div>
      <UrlFilters
        values={{ user: filters.user?.toString(), action: filters.action, from: filters.from, to: filters.to }}
        fields={[
          { kind: "select", name: "user", label: m.who, anyLabel: m.everyone, options: people.map((u) => [String(u.id), u.name]) },
          { kind: "select", name: "action", label: m.action, anyLabel: m.allActions, options: ACTION_GROUPS },
          { kind: "date", name: "from", label: m.from },
          { kind: "date", name: "to", label: m.to },
        ]}
      />
      {rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-6 text-center">{m.activityEmpty}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-xs uppercase text-slate-700">
              <tr>{Object.values(m.activityColumns).map((c) => <th key={c} scope="col" className="px-3 py-2">{c}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200" data-testid="activity-row">
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTime(row.at)}</td>
                  <td className="px-3 py-2">{row.who}</td>
                  <td className="px-3 py-2 font-mono">{row.dossier && <Link className="text-blue-800 underline" href={`/dossiers/${encodeURIComponent(row.dossier)}`}>{row.dossier}</Link>}</td>
                  <td className="px-3 py-2">{frAudit.actions[row.action] ?? row.action}</td>
                  <td className="px-3 py-2">{frAudit.outcomes[row.outcome] ?? row.outcome}</td>
                  <td className="max-w-md truncate px-3 py-2 text-xs text-slate-700" title={row.summary}>{row.message ?? row.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={frQueue.pagination} className="flex gap-3 text-sm">
        {filters.page > 1 && <Link className="btn-secondary" href={`/activite?${query}&page=${filters.page - 1}`}>{frQueue.previous}</Link>}
        {rows.length === ACTIVITY_PAGE && <Link className="btn-secondary" href={`/activite?${query}&page=${filters.page + 1}`}>{frQueue.next}</Link>}
      </nav>
    </main>
  );
}
