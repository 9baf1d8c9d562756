import type { Metadata } from "next";
import { PriceListEditor } from "@/components/admin/price-list-editor";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { fr } from "@/lib/i18n/fr";
import { listPrices } from "@/lib/quotes/price-list";

export const metadata: Metadata = { title: fr.prices.title };

export default async function PricesPage() {
  const user = await requirePageUser("prices:manage");
  const prices = (await listPrices((await userCentre(user)).db)).map((p) => ({ id: p.id, label: p.label, unitPriceCents: p.unitPriceCents, brand: p.brand }));
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{fr.prices.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{fr.prices.intro}</p>
      </div>
      <PriceListEditor prices={prices} />
    </main>
  );
}
