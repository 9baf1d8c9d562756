import type { Metadata } from "next";
import { PutAwayStation } from "@/components/locations/put-away-station";
import { ShelfInventory } from "@/components/locations/shelf-inventory";
import { requirePageUser } from "@/lib/auth/current-user";
import { frLocations } from "@/lib/i18n/fr-locations";

export const metadata: Metadata = { title: frLocations.station.title };

export default async function LocationsPage() {
  await requirePageUser("dossiers:write");
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{frLocations.station.title}</h1>
        <p className="max-w-3xl text-slate-700">{frLocations.station.intro}</p>
      </div>
      <PutAwayStation />
      <ShelfInventory />
    </main>
  );
}
