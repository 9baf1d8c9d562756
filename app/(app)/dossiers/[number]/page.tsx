import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionsPanel } from "@/components/dossier/actions/actions-panel";
import { DocumentsPanel } from "@/components/dossier/documents-panel";
import { PendingCommands } from "@/components/dossier/pending-commands";
import { DossierFields } from "@/components/dossier/dossier-fields";
import { DossierNotices } from "@/components/dossier/dossier-notices";
import { NextStepButtons } from "@/components/dossier/next-step";
import { DossierAssignee } from "@/components/dossier/dossier-assignee";
import { AccessoriesForm } from "@/components/dossier/accessories-form";
import { assignees } from "@/lib/dossiers/assign";
import { NoteForm } from "@/components/dossier/note-form";
import { Timeline } from "@/components/dossier/timeline";
import { StatusBadge } from "@/components/dossiers/status-badge";
import { SimulatorPanel } from "@/components/simulator/simulator-panel";
import { requirePageUser } from "@/lib/auth/current-user";
import { isSimulatorCentre } from "@/lib/tenancy/centres";
import { userCentre } from "@/lib/tenancy/user-centre";
import { config } from "@/lib/config/env";
import { dossierTimeline, getDossier } from "@/lib/dossiers/get-dossier";
import { factsOf, localRecord } from "@/lib/dossiers/local-record";
import { priceSuggestions } from "@/lib/quotes/suggestions";
import { missingFields } from "@/lib/identity/identity";
import { readIdentity } from "@/lib/identity/store";
import { fr } from "@/lib/i18n/fr";
import { frCentre } from "@/lib/i18n/fr-admin";
import { can } from "@/lib/auth/permissions";
import { pathParam } from "@/lib/url-params";
import { openCommands, sentReportSince } from "@/lib/outbox/queries";
import { nextSteps } from "@/lib/wizards/next-step";
import { canQuote } from "@/lib/workflows/transitions";
import { DossierParts } from "@/components/parts/dossier-parts";
import { dossierPartsView, partChoices } from "@/lib/parts/dossier-view";
import { partsSuggestion } from "@/lib/parts/suggest";
import { frParts } from "@/lib/i18n/fr-parts";
import { ProductHistory } from "@/components/dossier/product-history";
import { frHistory } from "@/lib/i18n/fr-history";
import { productView } from "@/lib/dossiers/product-history";
import { DueFlag } from "@/components/dossiers/due-flag";
import { DossierLocation } from "@/components/dossier/dossier-location";
import { dossierLocation } from "@/lib/locations/moves";
import { dueView } from "@/lib/dossiers/due";
import { frDeadlines } from "@/lib/i18n/fr-deadlines";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: pathParam((await params).number) ?? fr.dossier.notFound };
}

export default async function DossierPage({ params }: Props) {
  const user = await requirePageUser("dossiers:read");
  const demandNumber = pathParam((await params).number);
  if (demandNumber === null) notFound();
  const centre = await userCentre(user);
  const database = centre.db;
  const dossier = await getDossier(database, demandNumber);
  if (!dossier) notFound();
  const writer = can(user.role, "dossiers:write");
  const facts = factsOf(dossier);
  const parts = can(user.role, "parts:work");
  const [timeline, commands, local, people, hasDestructionReport, identity, suggestions, partLines, choices, product, due, location] = await Promise.all([
    dossierTimeline(database, demandNumber),
    openCommands(database, demandNumber),
    localRecord(database, dossier),
    assignees(database),
    writer ? sentReportSince(database, demandNumber, dossier.statusChangedAt) : false,
    readIdentity(database),
    writer && canQuote(facts) ? priceSuggestions(database) : [],
    dossierPartsView(database, demandNumber),
    parts ? partChoices(database) : { suppliers: [] },
    productView(database, dossier),
    dueView(database, dossier, new Date()),
    dossierLocation(database, dossier.demandNumber, dossier.locationId),
  ]);
  return (
    <main className="space-y-6">
      <div>
        <Link href="/dossiers" className="touch-target inline-flex items-center text-sm text-blue-800 underline">← {fr.dossier.back}</Link>
        <h1 className="mt-1 font-mono text-2xl font-semibold">{dossier.demandNumber}</h1>
        <p className="text-slate-700">{[dossier.brand, dossier.partNumber, dossier.resellerCode, dossier.siteName].filter(Boolean).join(" · ")}</p>
        {can(user.role, "dossiers:write") && (
          <DossierAssignee
            demandNumber={dossier.demandNumber}
            assignee={people.find((u) => u.id === dossier.assignedTo)?.name ?? null}
            mine={dossier.assignedTo === user.id}
            assignees={can(user.role, "dossiers:assign") ? people : null}
          />
        )}
        <div className="mt-2 flex flex-wrap gap-2">
          <a className="btn-secondary" href={`/dossiers/${encodeURIComponent(dossier.demandNumber)}/fiche.pdf`} target="_blank" rel="noopener">{fr.print.ticket}</a>
          <a className="btn-secondary" href={`/dossiers/${encodeURIComponent(dossier.demandNumber)}/etiquette.pdf`} target="_blank" rel="noopener">{fr.print.label}</a>
        </div>
        {can(user.role, "dossiers:write") ? (
          <div className="mt-2 max-w-xl">
            <AccessoriesForm demandNumber={dossier.demandNumber} initial={dossier.accessories} />
          </div>
        ) : (
          dossier.accessories && <p className="mt-2 text-sm"><span className="font-medium">{fr.reception.accessories(dossier.demandNumber)} : </span>{dossier.accessories}</p>
        )}
      </div>
      <section aria-labelledby="current-status" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="current-status" className="text-sm font-medium text-slate-600">{fr.dossier.currentStatus}</h2>
        <div className="mt-1" data-testid="current-status">
          <StatusBadge code={dossier.statusCode} label={dossier.statusLabel} />
        </div>
        {dossier.statusComment && (
          <p className="mt-2 whitespace-pre-wrap break-words text-sm">
            <span className="font-medium">{fr.dossier.statusComment} : </span>
            {dossier.statusComment}
          </p>
        )}
        {due && (
          <p className="mt-2 text-sm" data-testid="dossier-due">
            <span className="font-medium">{frDeadlines.due.onPage} : </span>
            <DueFlag due={due} /> <span className="text-slate-600">({due.why})</span>
          </p>
        )}
        <DossierLocation place={location.place} moves={location.moves} people={new Map(people.map((p) => [p.id, p.name]))} />
        <DossierNotices demandNumber={dossier.demandNumber} facts={facts} local={local} />
        {dossier.missing && <p className="mt-2 text-sm text-amber-900">⚠ {fr.dossier.missing}</p>}
        {product.repeat && <p role="note" className="mt-2 rounded bg-amber-50 p-2 text-sm font-medium text-amber-950" data-testid="repeat-warning">⚠ {product.repeat}</p>}
      </section>
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          {can(user.role, "dossiers:write") && (
            <section aria-labelledby="actions">
              <h2 id="actions" className="mb-2 text-lg font-semibold">{fr.dossier.actions}</h2>
              <div className="mb-3">
                <NextStepButtons demandNumber={dossier.demandNumber} steps={nextSteps({ ...facts, ...local, hasDestructionReport })} />
              </div>
              {missingFields(identity).length > 0 && (
                <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-950" data-testid="identity-missing">
                  ⚠ {frCentre.missing} {can(user.role, "centre:manage") && <Link className="text-blue-800 underline" href="/admin/centre">{frCentre.complete}</Link>}
                </p>
              )}
              <ActionsPanel demandNumber={dossier.demandNumber} facts={facts} local={local} maxBytes={config().uploadMaxBytes} suggestions={suggestions} technician={user.name} />
            </section>
          )}
          <section aria-labelledby="parts">
            <h2 id="parts" className="mb-2 text-lg font-semibold">{frParts.dossier.title}</h2>
            <DossierParts demandNumber={dossier.demandNumber} lines={partLines} choices={choices} suggestion={writer && parts ? partsSuggestion(partLines, facts, local) : null} writer={parts && writer} />
          </section>
          <section aria-labelledby="product-history">
            <h2 id="product-history" className="mb-2 text-lg font-semibold">{frHistory.title}</h2>
            <ProductHistory history={product.history} />
          </section>
          <DossierFields dossier={dossier} />
          <section aria-labelledby="documents">
            <h2 id="documents" className="mb-2 text-lg font-semibold">{fr.documents.title}</h2>
            <DocumentsPanel demandNumber={dossier.demandNumber} />
          </section>
        </div>
        <div className="space-y-6">
          <PendingCommands commands={commands} />
          {isSimulatorCentre(centre) && <SimulatorPanel demandNumber={dossier.demandNumber} quoteOpen={dossier.statusCode === "EDE" || Boolean(local.openQuote)} infoOpen={dossier.statusCode === "INFSTT" || Boolean(local.infoRequestedAt)} />}
          <section aria-labelledby="notes" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="notes" className="mb-2 text-lg font-semibold">{fr.notes.title}</h2>
            <NoteForm demandNumber={dossier.demandNumber} />
          </section>
          <section aria-labelledby="timeline">
            <h2 id="timeline" className="mb-2 text-lg font-semibold">{fr.dossier.timeline}</h2>
            <Timeline entries={timeline} user={user} />
          </section>
        </div>
      </div>
    </main>
  );
}
