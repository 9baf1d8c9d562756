import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { frParts } from "@/lib/i18n/fr-parts";
import { articleWithMovements } from "@/lib/parts/queries";
import { userCentre } from "@/lib/tenancy/user-centre";

export const metadata: Metadata = { title: frParts.catalogue.movements };

const t = frParts.catalogue;

/** One article's stock and every movement that made it: received, fitted, sent back, corrected, with who. */
export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("parts:work");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const found = await articleWithMovements((await userCentre(user)).db, id);
  if (!found) notFound();
  const { article, movements } = found;
  return (
    <main className="max-w-4xl space-y-4">
      <Link href="/pieces" className="touch-target inline-flex items-center text-sm text-blue-800 underline">← {frParts.waiting.title}</Link>
      <h1 className="text-2xl font-semibold">{article.label}</h1>
      <p>
        {article.reference && <span className="mr-2 font-mono">{article.reference}</span>}
        <span data-testid="article-stock">{frParts.waiting.stockOf(article.stock, article.minStock)}</span>
      </p>
      <section aria-labelledby="movements">
        <h2 id="movements" className="mb-2 text-lg font-semibold">{t.movements}</h2>
        {movements.length === 0 ? (
          <p>{t.noMovements}</p>
        ) : (
          <table className="w-full border-collapse bg-white text-left text-sm" data-testid="movements">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t.when}</th>
                <th scope="col" className="p-2">{t.why}</th>
                <th scope="col" className="p-2">{t.delta}</th>
                <th scope="col" className="p-2">{t.who}</th>
                <th scope="col" className="p-2">{frParts.waiting.dossier}</th>
              </tr>
            </thead>
            <tbody>
              {movements.map((m) => (
                <tr key={m.id} className="border-b border-slate-200">
                  <td className="p-2">{formatDateTime(m.at)}</td>
                  <td className="p-2">{frParts.reasons[m.reason]}</td>
                  <td className="p-2 tabular-nums">{m.delta > 0 ? `+${m.delta}` : m.delta}</td>
                  <td className="p-2">{m.byName ?? "—"}</td>
                  <td className="p-2 font-mono">{m.demandNumber ? <Link className="text-blue-800 underline" href={`/dossiers/${encodeURIComponent(m.demandNumber)}`}>{m.demandNumber}</Link> : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
