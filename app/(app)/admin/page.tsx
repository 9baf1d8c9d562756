import type { Metadata } from "next";
import Link from "next/link";
import { RetentionForm } from "@/components/admin/retention-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { backupHealth } from "@/lib/backup/schedule";
import { config } from "@/lib/config/env";
import { formatDateTime } from "@/lib/format";
import { fr } from "@/lib/i18n/fr";
import { frPrivacy } from "@/lib/i18n/fr-privacy";
import { lastRetentionRun, retentionMonths } from "@/lib/privacy/retention";
import { environmentCentre } from "@/lib/tenancy/centres";
import { userCentre } from "@/lib/tenancy/user-centre";

export const metadata: Metadata = { title: frPrivacy.adminTitle };

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1).replace(".", ",")} Ko` : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} Mo`);
const age = (ms: number) => (ms < 3_600_000 ? `${Math.max(1, Math.round(ms / 60_000))} min` : ms < 2 * 86_400_000 ? `${Math.round(ms / 3_600_000)} h` : `${Math.round(ms / 86_400_000)} j`);

export default async function AdminPage() {
  const user = await requirePageUser("privacy:manage");
  const database = (await userCentre(user)).db;
  const now = new Date();
  const [months, run, backups] = await Promise.all([retentionMonths(database), lastRetentionRun(database), backupHealth((await environmentCentre()).db, now)]);
  const b = frPrivacy.backups;
  return (
    <main className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{frPrivacy.adminTitle}</h1>
        <p className="mt-1 text-slate-700">{frPrivacy.adminIntro}</p>
      </div>
      <section aria-labelledby="backups" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="backups">
        <h2 id="backups" className="mb-2 text-lg font-semibold">{b.title}</h2>
        {config().databaseUrl ? (
          <p className="text-sm">{b.postgres}</p>
        ) : (
          <div className="space-y-1 text-sm">
            {!backups.scheduled && <p>{b.off}</p>}
            <p>{backups.lastGood ? b.last(formatDateTime(new Date(backups.lastGood.at)), size(backups.lastGood.bytes ?? 0), age(now.getTime() - Date.parse(backups.lastGood.at))) : b.none}</p>
            {backups.warning === "failed" && backups.last && <p role="alert" className="font-medium text-red-800">{b.failed(formatDateTime(new Date(backups.last.at)), backups.last.error ?? "")}</p>}
            {backups.warning === "stale" && <p role="alert" className="font-medium text-red-800">{b.stale}</p>}
          </div>
        )}
      </section>
      <section aria-labelledby="retention" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="retention" className="text-lg font-semibold">{frPrivacy.retention.title}</h2>
        <RetentionForm months={months} />
        <p className="text-sm text-slate-700">{run ? frPrivacy.retention.lastRun(formatDateTime(new Date(run.at)), run.count) : frPrivacy.retention.never}</p>
        <p className="text-sm">
          <Link className="underline" href="/admin/donnees-personnelles">{frPrivacy.title}</Link>
        </p>
      </section>
      <nav aria-label={frPrivacy.adminTitle}>
        <ul className="list-inside list-disc text-sm">
          <li><Link className="underline" href="/admin/utilisateurs">{fr.nav.users}</Link></li>
          <li><Link className="underline" href="/admin/centre">{fr.nav.centre}</Link></li>
          <li><Link className="underline" href="/admin/tarifs">{fr.nav.prices}</Link></li>
          <li><Link className="underline" href="/admin/donnees-a-verifier">{fr.nav.review}</Link></li>
        </ul>
      </nav>
    </main>
  );
}
