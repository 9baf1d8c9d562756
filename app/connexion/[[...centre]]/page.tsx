import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/current-user";
import { config } from "@/lib/config/env";
import { safeReturnPath } from "@/lib/auth/return-path";
import { fr } from "@/lib/i18n/fr";
import { frSignIn } from "@/lib/i18n/fr-sign-in";
import { centreCode } from "@/lib/tenancy/registry";
import { centreNameForCode, severalCentres } from "@/lib/tenancy/centres";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-accounts";

export const metadata: Metadata = { title: frSignIn.title };

// /connexion: the environment's centre, or a centre's code typed in; /connexion/<slug>: that centre's own
// sign-in address. No page lists the centres: a visitor learns none of their names.
export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ centre?: string[] }>;
  searchParams: Promise<{ retour?: string | string[] }>;
}) {
  const path = (await params).centre ?? [];
  const code = centreCode.safeParse(path[0] ?? "");
  if (path.length > 1 || !code.success) notFound();
  const centreName = code.data ? await centreNameForCode(code.data) : null;
  if (code.data && !centreName) notFound();
  const raw = (await searchParams).retour;
  const returnTo = safeReturnPath(Array.isArray(raw) ? raw[0] : raw);
  if (await currentUser()) redirect(returnTo);
  const simulator = config().mode === "simulator";
  return (
    <main id="contenu" className="mx-auto mt-16 max-w-sm px-4">
      <h1 className="mb-1 text-2xl font-semibold">{fr.app.name}</h1>
      <p className="mb-6 text-slate-600">{fr.app.tagline}</p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="mb-4 text-lg font-semibold">{frSignIn.title}</h2>
        <SignInForm returnTo={returnTo} centre={centreName ? { code: code.data, name: centreName } : null} askCode={!code.data && (await severalCentres())} />
      </div>
      {simulator && (
        <section aria-labelledby="demo-accounts" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <h2 id="demo-accounts" className="font-semibold">
            {frSignIn.demoTitle}
          </h2>
          <p className="mt-1">{frSignIn.demoIntro}</p>
          <ul className="mt-2 space-y-1">
            {Object.values(DEMO_USERS).map((user) => (
              <li key={user.email}>
                <span className="font-medium">{fr.roles[user.role]}</span> : <code>{user.email}</code>
              </li>
            ))}
          </ul>
          <p className="mt-2">
            {frSignIn.demoPassword} : <code>{DEMO_PASSWORD}</code>
          </p>
        </section>
      )}
    </main>
  );
}
