"use client";

import { useState } from "react";
import { useAction } from "@/components/ui/use-action";
import { createSimulatedDossierAction, resetSimulatorAction, revokeTokensAction, setFaultsAction, setProfileAction } from "@/lib/actions/simulator";
import { frQueue } from "@/lib/i18n/fr-queue";
import { frSimulator } from "@/lib/i18n/fr-simulator";
import { DOSSIER_TYPES, RESELLER_CODES } from "@/lib/rma/constants";
import { NO_FAULTS, type Faults } from "@/simulator/control-api";
import { PROFILES, type Profile } from "@/simulator/profiles";

const t = frSimulator;

export function SimulatorControls({ faults, profile }: { faults: Faults | null; profile: Profile | null }) {
  const { run, pending } = useAction();
  const [type, setType] = useState<(typeof DOSSIER_TYPES)[number]>("REP");
  const [reseller, setReseller] = useState<(typeof RESELLER_CODES)[number]>("AUCHAN");
  const [values, setValues] = useState<Faults>(
    faults ?? { ...NO_FAULTS, latencyMs: 300 },
  );
  const [reading, setReading] = useState<Profile>(profile ?? "strict");
  const number = (key: keyof Faults, label: string, step: number) => (
    <div>
      <label htmlFor={`fault-${key}`} className="block text-sm font-medium">{label}</label>
      <input id={`fault-${key}`} type="number" min={0} step={step} max={key === "latencyMs" ? 60000 : 1} className="input mt-1" value={values[key]} onChange={(e) => setValues({ ...values, [key]: Number(e.target.value) })} />
    </div>
  );
  return (
    <div className="space-y-6">
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="sim-type" className="block text-sm font-medium">{frQueue.type}</label>
            <select id="sim-type" className="input mt-1" value={type} onChange={(e) => setType(e.target.value as typeof type)}>
              {DOSSIER_TYPES.map((v) => <option key={v}>{v}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="sim-reseller" className="block text-sm font-medium">{frQueue.reseller}</label>
            <select id="sim-reseller" className="input mt-1" value={reseller} onChange={(e) => setReseller(e.target.value as typeof reseller)}>
              {RESELLER_CODES.map((v) => <option key={v}>{v}</option>)}
            </select>
          </div>
          <button type="button" className="btn-primary" disabled={pending} onClick={() => run(() => createSimulatedDossierAction({ type, resellerCode: reseller }), (d) => t.created(d.demandNumber))}>
            {t.newDossier}
          </button>
        </div>
        <button type="button" className="btn-danger" disabled={pending} onClick={() => window.confirm(t.confirmReset) && run(() => resetSimulatorAction({}), () => t.resetDone)}>
          {t.reset}
        </button>
      </section>
      <section aria-labelledby="sim-profile" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="sim-profile" className="text-lg font-semibold">{t.profile}</h2>
        <p className="text-sm text-slate-700">{t.profileIntro}</p>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="sim-profile-select" className="block text-sm font-medium">{t.profileLabel}</label>
            <select id="sim-profile-select" className="input mt-1" value={reading} onChange={(e) => setReading(e.target.value as Profile)}>
              {PROFILES.map((p) => <option key={p} value={p}>{t.profiles[p]}</option>)}
            </select>
          </div>
          <button type="button" className="btn-primary" disabled={pending} onClick={() => run(() => setProfileAction({ profile: reading }), () => t.profileSaved(reading))}>{t.applyProfile}</button>
        </div>
      </section>
      <section aria-labelledby="sim-faults" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="sim-faults" className="text-lg font-semibold">{t.faults}</h2>
        <div className="grid gap-3 sm:grid-cols-5">
          {number("latencyMs", t.latency, 50)}
          {number("errorRate", t.errorRate, 0.05)}
          {number("hangRate", t.hangRate, 0.05)}
          {number("hangAfterRate", t.hangAfterRate, 0.05)}
          {number("malformedRate", t.malformedRate, 0.05)}
          {number("busyRate", t.busyRate, 0.05)}
          {number("appliedErrorRate", t.appliedErrorRate, 0.05)}
          {number("resetAfterRate", t.resetAfterRate, 0.05)}
          {number("resellerMovesRate", t.resellerMovesRate, 0.05)}
        </div>
        <div className="flex gap-2">
          <button type="button" className="btn-primary" disabled={pending} onClick={() => run(() => setFaultsAction(values), () => t.saved)}>{t.saveFaults}</button>
          <button type="button" className="btn-secondary" disabled={pending} onClick={() => run(() => revokeTokensAction({}), () => t.saved)}>{t.revokeTokens}</button>
        </div>
      </section>
    </div>
  );
}
