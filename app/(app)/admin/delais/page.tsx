import type { Metadata } from "next";
import { DeadlineRuleForm, DeadlineRuleRow } from "@/components/admin/deadline-rules";
import { FlatFees } from "@/components/admin/flat-fees";
import { RecomputingNotice } from "@/components/managers/recomputing-notice";
import { listFlatFees } from "@/lib/indicators/flat-fees";
import { formatCents } from "@/lib/money";
import { requirePageUser } from "@/lib/auth/current-user";
import { config } from "@/lib/config/env";
import { listRules } from "@/lib/deadlines/rules";
import { derivedPending } from "@/lib/dossiers/derived-pass";
import { filterOptions } from "@/lib/dossiers/list-dossiers";
import { frDeadlines } from "@/lib/i18n/fr-deadlines";
import { DOSSIER_TYPES } from "@/lib/rma/constants";
import { userCentre } from "@/lib/tenancy/user-centre";

export const metadata: Metadata = { title: frDeadlines.title };
const t = frDeadlines;

export default async function DeadlinesPage() {
  const user = await requirePageUser("deadlines:manage");
  const database = (await userCentre(user)).db;
  const [rules, options, fees, recomputing] = await Promise.all([listRules(database), filterOptions(database), listFlatFees(database), derivedPending(database)]);
  const types = [...new Set([...DOSSIER_TYPES, ...options.types])];
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="max-w-3xl text-slate-700">{t.intro}</p>
      <p className="text-sm text-slate-700">{t.defaultRule(config().aging.alertDays)}</p>
      <RecomputingNotice pending={recomputing} />
      <section aria-labelledby="rules-title" className="space-y-2">
        <h2 id="rules-title" className="text-lg font-semibold">{t.rulesTitle}</h2>
        {rules.length === 0 ? (
          <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t.none}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
                <tr>
                  {Object.values(t.columns).map((c) => <th key={c} scope="col" className="px-3 py-2 font-semibold">{c}</th>)}
                </tr>
              </thead>
              <tbody>
                {rules.map((rule) => <DeadlineRuleRow key={rule.id} rule={rule} />)}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <DeadlineRuleForm resellers={options.resellers} types={types} />
      <FlatFees fees={fees.map((f) => ({ id: f.id, resellerCode: f.resellerCode, flowType: f.flowType, amount: formatCents(f.cents) }))} resellers={options.resellers} types={types} />
    </main>
  );
}
