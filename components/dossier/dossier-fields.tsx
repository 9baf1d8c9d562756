import type { ReactNode } from "react";
import type { DossierDetails } from "@/lib/dossiers/get-dossier";
import { fr } from "@/lib/i18n/fr";
import { typeLabel } from "@/lib/dossiers/type-label";

const f = fr.dossier.fields;

function Section({ title, items }: { title: string; items: Array<[string, ReactNode]> }) {
  // aria-labelledby takes a list of ids separated by spaces: the id must have none.
  const id = `section-${title.normalize("NFD").replace(/[^a-zA-Z]+/g, "-").toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="mb-2 text-base font-semibold">{title}</h2>
      <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-1 text-sm">
        {items.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            {/* Platform text is rendered as text: React escapes it, and nothing here uses raw HTML. */}
            <dd className="whitespace-pre-wrap break-words">{value === null || value === undefined || value === "" ? fr.dossier.none : value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function DossierFields({ dossier }: { dossier: DossierDetails }) {
  const address = [dossier.siteStreetNumber, dossier.siteStreet, dossier.siteAddressCompl, [dossier.siteZipCode, dossier.siteCity].filter(Boolean).join(" "), dossier.siteCountry]
    .filter(Boolean)
    .join(", ");
  const clientExtras = Object.entries(dossier.extra).filter(([key]) => key.startsWith("client_"));
  const otherExtras = Object.entries(dossier.extra).filter(([key]) => !key.startsWith("client_"));
  const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Section
        title={fr.dossier.sections.product}
        items={[
          [f.type, typeLabel(dossier.type)],
          [f.brand, dossier.brand],
          [f.partNumber, dossier.partNumber],
          [f.serialNumber, dossier.serialNumber],
          [f.imeiNumber, dossier.imeiNumber],
          [f.ean, dossier.ean],
          [f.purchaseDate, dossier.purchaseDate],
          [f.faultCode, dossier.faultCode],
          [f.problemDescription, dossier.problemDescription],
        ]}
      />
      <Section
        title={fr.dossier.sections.client}
        items={[[f.clientName, dossier.clientName], [f.clientMail, dossier.clientMail], ...clientExtras.map(([k, v]): [string, ReactNode] => [fr.dossier.clientExtras[k] ?? k, show(v)])]}
      />
      <Section
        title={fr.dossier.sections.reseller}
        items={[
          [f.resellerCode, dossier.resellerCode],
          [f.siteName, dossier.siteName],
          [f.siteCode, dossier.siteCode],
          [f.siteMail, dossier.siteMail],
          [f.siteAddress, address],
        ]}
      />
      <Section
        title={fr.dossier.sections.agreement}
        items={[
          [f.agreementNumber, dossier.agreementNumber],
          [f.createdAt, dossier.createdAtText],
          [f.returnTo, dossier.returnTo ? (fr.dossier.returnTo[dossier.returnTo] ?? dossier.returnTo) : null],
          [f.quoteTreatment, dossier.quoteTreatment ? (fr.dossier.quoteTreatment[dossier.quoteTreatment] ?? dossier.quoteTreatment) : null],
        ]}
      />
      <Section title={fr.dossier.sections.transport} items={[[f.trackingNumber, dossier.trackingNumber], [f.carrierName, dossier.carrierName]]} />
      {otherExtras.length > 0 && <Section title={fr.dossier.sections.other} items={otherExtras.map(([k, v]): [string, ReactNode] => [k, show(v)])} />}
    </div>
  );
}
