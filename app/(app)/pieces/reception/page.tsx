import type { Metadata } from "next";
import Link from "next/link";
import { PartsReception } from "@/components/parts/parts-reception";
import { requirePageUser } from "@/lib/auth/current-user";
import { frParts } from "@/lib/i18n/fr-parts";

export const metadata: Metadata = { title: frParts.reception.title };

export default async function PartsReceptionPage() {
  await requirePageUser("parts:work");
  return (
    <main className="max-w-4xl space-y-4">
      <Link href="/pieces" className="touch-target inline-flex items-center text-sm text-blue-800 underline">← {frParts.waiting.title}</Link>
      <h1 className="text-2xl font-semibold">{frParts.reception.title}</h1>
      <p className="text-slate-700">{frParts.reception.intro}</p>
      <PartsReception />
    </main>
  );
}
