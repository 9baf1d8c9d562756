import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { frIndicators } from "@/lib/i18n/fr-indicators";
import { FIGURES, figureDossiers, indicatorFilters } from "@/lib/indicators/figures";
import { indicatorQuery } from "@/lib/indicators/params";
import { userCentre } from "@/lib/tenancy/user-centre";

export const metadata: Metadata = { title: frIndicators.title };
const t = frIndicators;

/** The dossiers one number of /indicateurs counts: the facts behind its sum. */
export default async function IndicatorDossiersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("manager:view");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = indicatorFilters.parse(raw);
  const figure = FIGURES.find((f) => f === raw.figure) ?? "received";
  const key = (raw.key ?? "").slice(0, 200);
  const { month, numbers: list, count } = await figureDossiers((await userCentre(user)).db, filters, figure, key, new Date());
  return (
    <main className="space-y-4">
      <Link href={`/indicateurs?${indicatorQuery({ ...filters, month })}`} className="touch-target inline-flex items-center text-sm text-blue-800 underline">← {t.back}</Link>
      <h1 className="text-2xl font-semibold">{t.listTitle(t.figures[figure], key, month)}</h1>
      {count > list.length ? <p className="text-slate-700">{t.listFirst(list.length, count)}</p> : null}
      {list.length === 0 ? (
        <p className="text-slate-700">{t.listEmpty}</p>
      ) : (
        <ul className="grid gap-1 sm:grid-cols-3 lg:grid-cols-5" aria-label={t.figures[figure]}>
          {list.map((n) => (
            <li key={n}>
              <Link className="inline-target font-mono text-blue-800 underline" href={`/dossiers/${encodeURIComponent(n)}`}>{n}</Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
