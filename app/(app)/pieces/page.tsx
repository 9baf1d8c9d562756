import type { Metadata } from "next";
import Link from "next/link";
import { RestockButton } from "@/components/parts/restock-button";
import { requirePageUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { frParts } from "@/lib/i18n/fr-parts";
import { underMinimum, waitingBySupplier, waitingParts } from "@/lib/parts/queries";
import { userCentre } from "@/lib/tenancy/user-centre";

export const metadata: Metadata = { title: frParts.waiting.title };

const t = frParts.waiting;

export default async function PartsPage() {
  const user = await requirePageUser("parts:work");
  const db = (await userCentre(user)).db;
  const [lines, bySupplier, low] = await Promise.all([waitingParts(db), waitingBySupplier(db), underMinimum(db)]);
  const more = bySupplier.reduce((n, s) => n + s.lines, 0) - lines.length;
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t.intro}</p>
        <nav aria-label={t.title} className="mt-2 flex flex-wrap gap-2">
          <Link className="btn-secondary min-h-11" href="/pieces/commandes">{t.ordersLink}</Link>
          <Link className="btn-secondary min-h-11" href="/pieces/reception">{t.receptionLink}</Link>
        </nav>
      </div>
      <section aria-labelledby="waiting">
        <h2 id="waiting" className="mb-2 text-lg font-semibold">{t.lines}</h2>
        {lines.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="parts-table w-full border-collapse bg-white text-left text-sm" data-testid="waiting-parts">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">{t.dossier}</th>
                  <th scope="col" className="p-2">{t.article}</th>
                  <th scope="col" className="p-2">{t.supplier}</th>
                  <th scope="col" className="p-2">{t.state}</th>
                  <th scope="col" className="p-2">{t.since}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l) => (
                  <tr key={l.id}>
                    <td className="font-mono">{l.demandNumber ? <Link href={`/dossiers/${encodeURIComponent(l.demandNumber)}`}>{l.demandNumber}</Link> : t.stock}</td>
                    <td>{l.quantity} × {l.label}{l.reference && <span className="ml-1 font-mono text-slate-600">{l.reference}</span>}</td>
                    <td>{l.supplierName ?? "—"}</td>
                    <td>{frParts.states[l.state]}{l.orderNumber && <span className="ml-1 font-mono">{l.orderNumber}</span>}{l.expectedAt && <span className="block text-xs text-slate-600">{frParts.dossier.expected(formatDate(l.expectedAt))}</span>}</td>
                    <td className="tabular-nums">{t.days(l.waitedDays)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {more > 0 && <p className="mt-2 text-sm text-slate-700">{t.more(more)}</p>}
          </div>
        )}
      </section>
      <section aria-labelledby="by-supplier">
        <h2 id="by-supplier" className="mb-2 text-lg font-semibold">{t.bySupplier}</h2>
        <ul className="flex flex-wrap gap-2">
          {bySupplier.map((s) => (
            <li key={s.supplierId ?? 0} className="rounded border border-slate-200 bg-white p-2 text-sm">
              <span className="font-medium">{s.name ?? frParts.orders.noSupplier}</span> : {t.count(s.lines)}, {t.since.toLowerCase()} {formatDate(s.oldest)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="under-min">
        <h2 id="under-min" className="mb-2 text-lg font-semibold">{t.underMin}</h2>
        {low.length === 0 ? (
          <p>{t.underMinNone}</p>
        ) : (
          <ul className="restock-list space-y-2" data-testid="under-minimum">
            {low.map((a) => (
              <li key={a.id}>
                <span><Link href={`/pieces/articles/${a.id}`}>{a.label}</Link>{a.reference && <span className="ml-1 font-mono">{a.reference}</span>} — {t.stockOf(a.stock, a.minStock)}</span>
                {a.reference && <RestockButton reference={a.reference} label={a.label} quantity={a.minStock - a.stock} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
