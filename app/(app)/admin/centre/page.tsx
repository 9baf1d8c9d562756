import type { Metadata } from "next";
import { CentreForm } from "@/components/admin/centre-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { readIdentity } from "@/lib/identity/store";
import { frCentre } from "@/lib/i18n/fr-admin";

export const metadata: Metadata = { title: frCentre.title };

export default async function CentrePage() {
  const user = await requirePageUser("centre:manage");
  return (
    <main className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{frCentre.title}</h1>
      <p className="text-slate-700">{frCentre.intro}</p>
      <CentreForm identity={await readIdentity((await userCentre(user)).db)} />
    </main>
  );
}
