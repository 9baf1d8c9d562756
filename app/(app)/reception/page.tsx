import type { Metadata } from "next";
import { ReceptionStation } from "@/components/reception/reception-station";
import { requirePageUser } from "@/lib/auth/current-user";
import { fr } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: fr.reception.title };

export default async function ReceptionPage() {
  await requirePageUser("dossiers:write");
  return (
    <main className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">{fr.reception.title}</h1>
      <p className="text-slate-700">{fr.reception.intro}</p>
      <ReceptionStation />
    </main>
  );
}
