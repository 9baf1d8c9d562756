import type { Metadata } from "next";
import Link from "next/link";
import { IndicatorsChart } from "@/components/managers/indicators-chart";
import { RecomputingNotice } from "@/components/managers/recomputing-notice";
import { UrlFilters } from "@/components/managers/url-filters";
import { requirePageUser } from "@/lib/auth/current-user";
import { assignees } from "@/lib/dossiers/assign";
import { derivedPending } from "@/lib/dossiers/derived-pass";
import { filterOptions } from "@/lib/dossiers/list-dossiers";
import { frIndicators, frReview } from "@/lib/i18n/fr-indicators";
import { GROUPS, indicatorFilters, indicators, type Figure, type GroupFigures } from "@/lib/indicators/figures";
import { indicatorQuery, recentMonths } from "@/lib/indicators/params";
import { userCentre } from "@/lib/tenancy/user-centre";

export const metadata: Metadata = { title: frIndicators.title };
const t = frIndicators;
const c = t.columns;

export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("manager:view");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = indicatorFilters.parse(raw);
  const database = (await userCentre(user)).db;
  const now = new Date();
  const [figures, options, people, recomputing] = await Promise.all([indicators(database, filters, now), filterOptions(database), assignees(database), derivedPending(database)]);
  const query = { ...filters, month: figures.month };
  const count = (g: GroupFigures, figure: Figure, key: string) => (
    <Link className="inline-target underline" href={`/indicateurs/dossiers?${indicatorQuery(query, { figure, key })}`} data-testid={`figure-${figure}`}>
      {g.counts[figure]}
    </Link>
  );
  const row = (g: GroupFigures, label: string, key: string, total = false) => (
    <tr key={label} className={`border-t border-slate-200 ${total ? "bg-slate-50 font-semibold" : ""}`} data-testid="indicator-row">
      <th scope="row" className="px-3 py-2 text-left">{label}</th>
      <td className="px-3 py-2">{count(g, "received", key)}</td>
      <td className="px-3 py-2">{count(g, "returned", key)}</td>
      <td className="px-3 py-2" data-testid="turnaround-median">{t.number(g.turnaround.median)}</td>
      <td className="px-3 py-2" data-testid="turnaround-p90">{t.number(g.turnaround.p90)}</td>
      <td className="px-3 py-2">{count(g, "inTime", key)} <span className="text-xs">{t.share(g.counts.inTime, g.counts.inTime + g.counts.late)}</span></td>
      <td className="px-3 py-2">{count(g, "repaired", key)}</td>
      <td className="px-3 py-2">{count(g, "irreparable", key)}</td>
      <td className="px-3 py-2">{count(g, "replaced", key)}</td>
      <td className="px-3 py-2">{count(g, "commercial", key)}</td>
      <td className="px-3 py-2">{count(g, "destroyed", key)}</td>
      <td className="px-3 py-2">{count(g, "quotesAccepted", key)} <span className="text-xs">{t.share(g.counts.quotesAccepted, g.counts.quotesAnswered)}</span></td>
      <td className="px-3 py-2">{t.number(g.answerHours.median)}</td>
      <td className="px-3 py-2">{count(g, "repeats", key)}</td>
    </tr>
  );
  return (
    <main className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t.title}</h1>
        <a className="btn-secondary" href={`/api/indicateurs.csv?${indicatorQuery(query)}`} download>{t.csv}</a>
      </div>
      <p className="max-w-3xl text-slate-700">{t.intro}</p>
      <RecomputingNotice pending={recomputing} />
      {filters.reseller ? (
        <div className="flex flex-wrap gap-2">
          <a className="btn-secondary" href={`/indicateurs/bilan.pdf?${indicatorQuery(query)}`} target="_blank" rel="noopener">{frReview.scorecard}</a>
          <a className="btn-secondary" href={`/indicateurs/releve.pdf?${indicatorQuery(query)}`} target="_blank" rel="noopener">{frReview.statement}</a>
          <a className="btn-secondary" href={`/indicateurs/releve.csv?${indicatorQuery(query)}`} download>{frReview.statementCsv}</a>
        </div>
      ) : (
        <p className="text-sm text-slate-700">{frReview.chooseReseller}</p>
      )}
      <UrlFilters
        values={{ ...raw, month: figures.month }}
        fields={[
          { kind: "select", name: "month", label: t.filters.month, options: recentMonths(now).map((m) => [m, m]), anyLabel: figures.month },
          { kind: "select", name: "group", label: t.filters.group, options: GROUPS.filter((g) => g !== "reseller").map((g) => [g, t.groups[g]]), anyLabel: t.groups.reseller },
          { kind: "select", name: "reseller", label: t.filters.reseller, options: options.resellers.map((r) => [r, r]) },
          { kind: "select", name: "brand", label: t.filters.brand, options: options.brands.map((b) => [b, b]) },
          { kind: "select", name: "type", label: t.filters.type, options: options.types.map((ty) => [ty, ty]) },
          { kind: "select", name: "technician", label: t.filters.technician, options: people.map((p) => [String(p.id), p.name]) },
        ]}
      />
      {figures.groups.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-6 text-center text-slate-700">{t.none}</p>
      ) : (
        <>
        <IndicatorsChart groups={figures.groups.map((g) => ({ key: g.key, received: g.counts.received, returned: g.counts.returned, inTime: g.counts.inTime }))} />
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{`${t.title} ${figures.month}`}</caption>
            <thead className="bg-slate-100 text-xs text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t.groups[filters.group]}</th>
                {[c.received, c.returned, c.median, c.p90, c.inTime, c.repaired, c.irreparable, c.replaced, c.commercial, c.destroyed, c.quotes, c.answerHours, c.repeats].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-semibold">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figures.groups.map((g) => row(g, g.key, g.key))}
              {row(figures.total, t.total, "", true)}
            </tbody>
          </table>
        </div>
        </>
      )}
    </main>
  );
}
