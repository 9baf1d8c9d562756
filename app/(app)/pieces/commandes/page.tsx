import type { Metadata } from "next";
import Link from "next/link";
import { AutoStatusToggle } from "@/components/parts/auto-status-toggle";
import { CreateOrderButton, MarkSentButton } from "@/components/parts/order-buttons";
import { can } from "@/lib/auth/permissions";
import { autoStatusEnabled } from "@/lib/parts/auto-status";
import { requirePageUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { frParts } from "@/lib/i18n/fr-parts";
import { listOrders, toOrder, type PartView } from "@/lib/parts/queries";
import { userCentre } from "@/lib/tenancy/user-centre";

export const metadata: Metadata = { title: frParts.orders.title };

const t = frParts.orders;

export default async function OrdersPage() {
  const user = await requirePageUser("parts:work");
  const db = (await userCentre(user)).db;
  const [lines, orders, auto] = await Promise.all([toOrder(db), listOrders(db), autoStatusEnabled(db)]);
  const groups = new Map<number | null, PartView[]>();
  for (const line of lines) groups.set(line.supplierId, [...(groups.get(line.supplierId) ?? []), line]);
  return (
    <main className="space-y-6">
      <div>
        <Link href="/pieces" className="touch-target inline-flex items-center text-sm text-blue-800 underline">← {frParts.waiting.title}</Link>
        <h1 className="text-2xl font-semibold">{t.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t.intro}</p>
      </div>
      {can(user.role, "prices:manage") && <AutoStatusToggle enabled={auto} />}
      <section aria-labelledby="to-order">
        <h2 id="to-order" className="mb-2 text-lg font-semibold">{t.toOrder}</h2>
        {groups.size === 0 && <p>{t.toOrderNone}</p>}
        <div className="space-y-3">
          {[...groups].map(([supplierId, group]) => (
            <div key={supplierId ?? 0} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="to-order-group">
              <h3 className="font-medium">{group[0]!.supplierName ?? t.noSupplier}</h3>
              <ul className="my-2 text-sm">
                {group.map((l) => (
                  <li key={l.id}>
                    {l.quantity} × {l.label}{l.reference && <span className="ml-1 font-mono">{l.reference}</span>} — {l.demandNumber ? <Link className="font-mono text-blue-800 underline" href={`/dossiers/${encodeURIComponent(l.demandNumber)}`}>{l.demandNumber}</Link> : frParts.waiting.stock}
                  </li>
                ))}
              </ul>
              {supplierId !== null && <CreateOrderButton supplierId={supplierId} supplier={group[0]!.supplierName ?? ""} />}
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="orders">
        <h2 id="orders" className="mb-2 text-lg font-semibold">{t.list}</h2>
        {orders.length === 0 ? (
          <p>{t.listNone}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm" data-testid="orders">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">{t.number}</th>
                  <th scope="col" className="p-2">{t.supplier}</th>
                  <th scope="col" className="p-2">{t.state}</th>
                  <th scope="col" className="p-2">{t.lines}</th>
                  <th scope="col" className="p-2">{t.createdAt}</th>
                  <th scope="col" className="p-2"><span className="sr-only">{t.title}</span></th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <tr key={o.id} className="border-b border-slate-200" data-testid="order-row">
                    <td className="p-2 font-mono">{o.number}</td>
                    <td className="p-2">{o.supplierName}</td>
                    <td className="p-2">{frParts.orderStates[o.state]}</td>
                    <td className="p-2 tabular-nums">{o.lines}</td>
                    <td className="p-2">{formatDateTime(o.createdAt)}</td>
                    <td className="flex flex-wrap gap-2 p-2">
                      <a className="btn-secondary min-h-11" href={`/pieces/commandes/${o.id}/bon.pdf`} target="_blank" rel="noopener">{t.pdf(o.number)}</a>
                      <a className="btn-secondary min-h-11" href={`/pieces/commandes/${o.id}/bon.csv`}>{t.csv(o.number)}</a>
                      {o.state === "open" && <MarkSentButton orderId={o.id} number={o.number} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
