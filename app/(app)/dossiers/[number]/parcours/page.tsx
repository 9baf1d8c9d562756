import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/dossiers/status-badge";
import { PendingCommands } from "@/components/dossier/pending-commands";
import { SimulatorPanel } from "@/components/simulator/simulator-panel";
import { WizardStepForm } from "@/components/wizard/wizard-step-form";
import { WizardSteps } from "@/components/wizard/wizard-steps";
import { requirePageUser } from "@/lib/auth/current-user";
import { isSimulatorCentre } from "@/lib/tenancy/centres";
import { userCentre } from "@/lib/tenancy/user-centre";
import { config } from "@/lib/config/env";
import { getDossier } from "@/lib/dossiers/get-dossier";
import { factsOf, localRecord } from "@/lib/dossiers/local-record";
import { priceSuggestions } from "@/lib/quotes/suggestions";
import { fr } from "@/lib/i18n/fr";
import { frWizard } from "@/lib/i18n/fr-wizard";
import { pathParam } from "@/lib/url-params";
import { openCommands, sentReportSince } from "@/lib/outbox/queries";
import { FLOW_LABELS, FLOWS, flowsFor, inferFlow, wizardView, type Flow } from "@/lib/wizards/wizards";

export const metadata: Metadata = { title: frWizard.title };

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ flux?: string }> };

export default async function WizardPage({ params, searchParams }: Props) {
  const user = await requirePageUser("dossiers:write");
  const demandNumber = pathParam((await params).number);
  if (demandNumber === null) notFound();
  const centre = await userCentre(user);
  const database = centre.db;
  const dossier = await getDossier(database, demandNumber);
  if (!dossier) notFound();
  const facts = factsOf(dossier);
  const [local, commands, hasDestructionReport] = await Promise.all([
    localRecord(database, dossier),
    openCommands(database, demandNumber),
    sentReportSince(database, demandNumber, dossier.statusChangedAt),
  ]);
  const requested = (await searchParams).flux;
  const choices = flowsFor(facts);
  const flow: Flow | null = inferFlow({ ...facts, openQuote: local.openQuote }) ?? (FLOWS.includes(requested as Flow) && choices.includes(requested as Flow) ? (requested as Flow) : null);
  const href = `/dossiers/${encodeURIComponent(demandNumber)}`;
  const view = flow ? wizardView(flow, { ...facts, ...local, hasDestructionReport }) : null;
  const suggestions = view?.current?.action.kind === "quote" ? await priceSuggestions(database) : [];

  return (
    <main className="max-w-3xl space-y-6">
      <div>
        <Link href={href} className="touch-target inline-flex items-center text-sm text-blue-800 underline">← {frWizard.backToDossier}</Link>
        <h1 className="mt-1 text-2xl font-semibold">{frWizard.title} — <span className="font-mono">{demandNumber}</span></h1>
        <p className="mt-1 flex items-center gap-2 text-sm">{fr.dossier.currentStatus} : <StatusBadge code={dossier.statusCode} label={dossier.statusLabel} /></p>
      </div>
      <PendingCommands commands={commands} />
      {!flow || !view ? (
        <section aria-labelledby="choose-flow" className="space-y-2">
          <h2 id="choose-flow" className="text-lg font-semibold">{frWizard.chooseFlow}</h2>
          <ul className="flex flex-wrap gap-2">
            {choices.map((choice) => (
              <li key={choice}><Link className="btn-secondary" href={`${href}/parcours?flux=${choice}`}>{FLOW_LABELS[choice]}</Link></li>
            ))}
          </ul>
        </section>
      ) : (
        <>
              <section aria-labelledby="flow-steps" className="rounded-lg border border-slate-200 bg-white p-4">
                <h2 id="flow-steps" className="mb-2 text-lg font-semibold">{FLOW_LABELS[flow]}</h2>
                <WizardSteps view={view} />
              </section>
              <section aria-labelledby="next-step" className="rounded-lg border border-slate-200 bg-white p-4">
                <h2 id="next-step" className="mb-2 text-lg font-semibold">{view.finished ? frWizard.finished : `${frWizard.nextStep} : ${view.current!.label}`}</h2>
                {view.current?.note && !view.current.blockedReason && <p role="status" className="mb-3 rounded bg-sky-50 p-3 text-sky-950">ℹ {view.current.note}</p>}
                {view.current?.blockedReason ? (
                  <p role="status" className="rounded bg-amber-50 p-3 text-amber-950">⚠ {view.current.blockedReason}</p>
                ) : (
                  view.current && <WizardStepForm key={`${view.current.id}-${dossier.statusCode}`} demandNumber={demandNumber} action={view.current.action} local={local} maxBytes={config().uploadMaxBytes} suggestions={suggestions} technician={user.name} />
                )}
              </section>
              {isSimulatorCentre(centre) && (dossier.statusCode === "EDE" || dossier.statusCode === "INFSTT" || local.openQuote || local.infoRequestedAt) && (
                <SimulatorPanel demandNumber={demandNumber} quoteOpen={dossier.statusCode === "EDE" || Boolean(local.openQuote)} infoOpen={dossier.statusCode === "INFSTT" || Boolean(local.infoRequestedAt)} />
              )}
        </>
      )}
    </main>
  );
}
