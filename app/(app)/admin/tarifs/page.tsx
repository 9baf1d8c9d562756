import type { Metadata } from "next";
import { PriceListEditor } from "@/components/admin/price-list-editor";
import { SupplierForm } from "@/components/admin/supplier-form";
import { listSuppliers } from "@/lib/parts/queries";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { frPrices } from "@/lib/i18n/fr-admin";
import { listPrices } from "@/lib/parts/price-list";

export const metadata: Metadata = { title: frPrices.title };

export default async function PricesPage() {
  const user = await requirePageUser("prices:manage");
  const db = (await userCentre(user)).db;
  const suppliers = await listSuppliers(db);
  const names = new Map(suppliers.map((s) => [s.id, s.name]));
  const prices = (await listPrices(db)).map((p) => ({ id: p.id, label: p.label, unitPriceCents: p.unitPriceCents, brand: p.brand, reference: p.reference, supplier: p.supplierId === null ? null : (names.get(p.supplierId) ?? null), stock: p.stock, minStock: p.minStock }));
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{frPrices.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{frPrices.intro}</p>
      </div>
      <PriceListEditor prices={prices} suppliers={suppliers.map((s) => ({ id: s.id, name: s.name }))} />
      <SupplierForm suppliers={suppliers.map((s) => ({ id: s.id, name: s.name, email: s.email, leadDays: s.leadDays }))} />
    </main>
  );
}
