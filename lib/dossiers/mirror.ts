import "server-only";
// Writes to the local mirror: what the platform told us (sync, push) and what we just did (our writes).
import { and, eq, inArray } from "drizzle-orm";
import { dossiers, statusHistory, type DossierRow } from "@/db/schema";
import type { Tx } from "@/lib/audit/record-audit";
import type { StatusCode } from "@/lib/rma/constants";
import type { Dossier } from "@/lib/rma/model";
import { recordQuoteAnswer } from "@/lib/quotes/record-answer";
import { parsePlatformDate } from "./platform-date";

type MirrorFields = Omit<DossierRow, "statusChangedAt" | "lastSeenAt" | "missing">;

function toRow(d: Dossier): MirrorFields {
  return {
    demandNumber: d.demandNumber,
    type: d.type,
    statusCode: d.statusCode,
    statusLabel: d.statusLabel,
    statusComment: d.statusComment,
    agreementNumber: d.agreementNumber,
    createdAtText: d.createdAt,
    createdAt: parsePlatformDate(d.createdAt),
    purchaseDate: d.purchaseDate,
    serialNumber: d.serialNumber,
    imeiNumber: d.imeiNumber,
    ean: d.ean,
    partNumber: d.partNumber,
    brand: d.brand,
    problemDescription: d.problemDescription,
    faultCode: d.faultCode,
    returnTo: d.returnTo,
    resellerCode: d.resellerCode,
    siteName: d.siteName,
    siteMail: d.siteMail,
    siteCode: d.siteCode,
    siteStreet: d.siteStreet,
    siteStreetNumber: d.siteStreetNumber,
    siteAddressCompl: d.siteAddressCompl,
    siteZipCode: d.siteZipCode,
    siteCity: d.siteCity,
    siteCountry: d.siteCountry,
    clientName: d.clientName,
    clientMail: d.clientMail,
    quoteTreatment: d.quoteTreatment,
    trackingNumber: d.trackingNumber,
    carrierName: d.carrierName,
    extra: JSON.stringify(d.extra),
  };
}

export interface UpsertOutcome {
  inserted: number;
  changed: Array<{ demandNumber: string; from: StatusCode | null; to: StatusCode }>;
}

/** Upserts what the platform returned; a new or changed status gets a history row. One transaction. */
export function upsertFromPlatform(tx: Tx, list: Dossier[], now: Date, source: "sync" | "push"): UpsertOutcome {
  const outcome: UpsertOutcome = { inserted: 0, changed: [] };
  for (const dossier of list) {
    const previous = tx.select({ statusCode: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, dossier.demandNumber)).get();
    const row = toRow(dossier);
    const statusChanged = !previous || previous.statusCode !== dossier.statusCode;
    // A dossier first seen at RMAD has been there since its creation; at any other status, the platform
    // does not say since when, so the clock starts when we first see it.
    const firstSeenSince = dossier.statusCode === "RMAD" && row.createdAt ? row.createdAt : now;
    tx.insert(dossiers)
      .values({ ...row, statusChangedAt: firstSeenSince, lastSeenAt: now, missing: false })
      .onConflictDoUpdate({
        target: dossiers.demandNumber,
        set: { ...row, lastSeenAt: now, missing: false, ...(statusChanged ? { statusChangedAt: now } : {}) },
      })
      .run();
    if (!previous) outcome.inserted++;
    if (statusChanged) {
      tx.insert(statusHistory).values({ demandNumber: dossier.demandNumber, oldStatus: previous?.statusCode ?? null, newStatus: dossier.statusCode, comment: dossier.statusComment, at: now, source }).run();
      outcome.changed.push({ demandNumber: dossier.demandNumber, from: previous?.statusCode ?? null, to: dossier.statusCode });
      if (previous && (dossier.statusCode === "VDE" || dossier.statusCode === "RDE")) {
        recordQuoteAnswer(tx, { demandNumber: dossier.demandNumber, status: dossier.statusCode, quoteTreatment: dossier.quoteTreatment, comment: dossier.statusComment, at: now });
      }
    }
  }
  return outcome;
}

/**
 * Atelier's own successful write, reflected at once: the new status (if any), the fields it set, and a
 * history row naming the user. Called inside the verb's transaction.
 */
export function applyLocalChange(
  tx: Tx,
  change: { demandNumber: string; userId: number; at: Date; status?: StatusCode; comment?: string | null; fields?: Partial<MirrorFields> },
) {
  const current = tx.select({ statusCode: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, change.demandNumber)).get();
  if (!current) return;
  const moves = change.status !== undefined && change.status !== current.statusCode;
  tx.update(dossiers)
    .set({
      ...change.fields,
      ...(change.status !== undefined ? { statusCode: change.status, statusLabel: null, statusComment: change.comment ?? null } : {}),
      ...(moves ? { statusChangedAt: change.at } : {}),
    })
    .where(eq(dossiers.demandNumber, change.demandNumber))
    .run();
  if (change.status !== undefined) {
    tx.insert(statusHistory)
      .values({ demandNumber: change.demandNumber, oldStatus: current.statusCode, newStatus: change.status, comment: change.comment ?? null, at: change.at, source: "atelier", userId: change.userId > 0 ? change.userId : null })
      .run();
  }
}

/** Dossiers of a successfully synced status that the platform did not return this time. */
export function markMissing(tx: Tx, statuses: StatusCode[], seen: Set<string>) {
  if (!statuses.length) return 0;
  const candidates = tx
    .select({ demandNumber: dossiers.demandNumber })
    .from(dossiers)
    .where(and(inArray(dossiers.statusCode, statuses), eq(dossiers.missing, false)))
    .all();
  let count = 0;
  for (const { demandNumber } of candidates) {
    if (seen.has(demandNumber)) continue;
    tx.update(dossiers).set({ missing: true }).where(eq(dossiers.demandNumber, demandNumber)).run();
    count++;
  }
  return count;
}
