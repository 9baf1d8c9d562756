import type { Metadata } from "next";
import { z } from "zod";
import { BatchProgress } from "@/components/shipping/batch-progress";
import { ShippingBatch } from "@/components/shipping/shipping-batch";
import { requirePageUser } from "@/lib/auth/current-user";
import { frShipping } from "@/lib/i18n/fr-shipping";
import { batchProgress } from "@/lib/shipping/batch";
import { readyToShip } from "@/lib/shipping/ready";
import { userCentre } from "@/lib/tenancy/user-centre";

export const metadata: Metadata = { title: frShipping.title };

export default async function ShippingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("dossiers:write");
  const batch = z.uuid().safeParse((await searchParams).lot);
  const db = (await userCentre(user)).db;
  const [ready, progress] = await Promise.all([readyToShip(db), batch.success ? batchProgress({ db }, batch.data) : []]);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">{frShipping.title}</h1>
      <p className="max-w-3xl text-slate-700">{frShipping.intro}</p>
      {batch.success && progress.length > 0 && <BatchProgress batch={batch.data} items={progress} />}
      <ShippingBatch key={batch.success ? batch.data : "new"} ready={ready} />
    </main>
  );
}
