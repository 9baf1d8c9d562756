import type { Metadata } from "next";
import { LocationsEditor } from "@/components/admin/locations-editor";
import { requirePageUser } from "@/lib/auth/current-user";
import { frLocations } from "@/lib/i18n/fr-locations";
import { listLocations } from "@/lib/locations/places";
import { userCentre } from "@/lib/tenancy/user-centre";

export const metadata: Metadata = { title: frLocations.admin.title };
const t = frLocations.admin;

export default async function LocationsAdminPage() {
  const user = await requirePageUser("locations:manage");
  const places = await listLocations((await userCentre(user)).db);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="max-w-3xl text-slate-700">{t.intro}</p>
      <form action="/admin/emplacements/etiquettes.pdf" method="get" target="_blank" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="labels-size" className="block text-sm font-medium">{t.size}</label>
          <select id="labels-size" name="size" className="input mt-1" defaultValue="a4">
            {Object.entries(t.sizes).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
          </select>
        </div>
        <button type="submit" className="btn-secondary">{t.print}</button>
      </form>
      <LocationsEditor places={places.map((p) => ({ id: p.id, code: p.code, label: p.label, kind: p.kind, count: p.count }))} />
    </main>
  );
}
