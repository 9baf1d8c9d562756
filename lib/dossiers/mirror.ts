import "server-only";
// Writes to the local mirror: what the platform told us (sync, push) and what we just did (our writes).
import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { dossiers, statusHistory, type DossierRow } from "@/db/schema";
import type { Tx } from "@/lib/audit/record-audit";
import type { Dossier } from "@/lib/rma/model";
import { dossierScopes, publish } from "@/lib/live/bus";
import { produceEvent, statusEvent } from "@/lib/notifications/produce";
import { recordQuoteAnswer, treatmentOf } from "@/lib/quotes/record-answer";
import { showsAcceptance } from "@/lib/workflows/transitions";
import { parsePlatformDate } from "./platform-date";

type MirrorFields = Omit<DossierRow, "statusChangedAt" | "lastSeenAt" | "missing" | "acceptedAt" | "chosenTreatment" | "assignedTo" | "accessories">;

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
  changed: Array<{ demandNumber: string; from: string | null; to: string }>;
}

/** Any dossier: only the keys of its row are read, to list the mirrored columns. */
const SAMPLE = { demandNumber: "", type: "REP", statusCode: "RMAD", extra: {} } as unknown as Dossier;

type Statements = ReturnType<typeof prepareStatements>;
const statementsByConnection = new WeakMap<object, Statements>();

/**
 * The sync writes every dossier of every status, every two minutes: its statements are prepared once per
 * connection (a drizzle builder prepares its SQL anew on each call, which cost ~0.3 ms a row).
 */
function prepareStatements(db: Db) {
  const columns = getTableColumns(dossiers);
  const mirrored = Object.keys(toRow(SAMPLE)) as Array<keyof MirrorFields>;
  const name = (key: keyof DossierRow) => columns[key].name;
  const updates = mirrored.filter((k) => k !== "demandNumber").map((k) => `${name(k)} = excluded.${name(k)}`);
  return {
    previous: db.$client.prepare<[string], { status_code: string }>(`SELECT status_code FROM dossiers WHERE demand_number = ?`),
    upsert: db.$client.prepare(
      `INSERT INTO dossiers (${[...mirrored.map(name), "status_changed_at", "last_seen_at", "missing", "accepted_at"].join(", ")})
       VALUES (${[...mirrored.map((k) => `@${k}`), "@statusChangedAt", "@lastSeenAt", "0", "@acceptedAt"].join(", ")})
       ON CONFLICT(demand_number) DO UPDATE SET ${updates.join(", ")}, last_seen_at = excluded.last_seen_at, missing = 0,
         accepted_at = COALESCE(dossiers.accepted_at, excluded.accepted_at),
         status_changed_at = CASE WHEN dossiers.status_code = excluded.status_code THEN dossiers.status_changed_at ELSE excluded.status_changed_at END`,
    ),
    history: db.$client.prepare(`INSERT INTO status_history (demand_number, old_status, new_status, comment, at, source) VALUES (?, ?, ?, ?, ?, ?)`),
  };
}

/**
 * Upserts what the platform returned; a new or changed status gets a history row, and the moments people
 * wait for (a new dossier, a quote or information answered) an event, all in one transaction. `announce`
 * is off for the first read of a status: what was already there has not just arrived.
 */
export function upsertFromPlatform(db: Db, list: Dossier[], now: Date, source: "sync" | "push", options: { announce?: boolean } = {}): UpsertOutcome {
  const announce = options.announce ?? true;
  let statements = statementsByConnection.get(db.$client);
  if (!statements) {
    statements = prepareStatements(db);
    statementsByConnection.set(db.$client, statements);
  }
  const { previous, upsert, history } = statements;
  const outcome: UpsertOutcome = { inserted: 0, changed: [] };
  db.$client.transaction(() => {
    for (const dossier of list) {
      const before = previous.get(dossier.demandNumber)?.status_code;
      const row = toRow(dossier);
      // A dossier first seen at RMAD has been there since its creation; at any other status, the platform
      // does not say since when, so the clock starts when we first see it.
      const since = before === undefined && dossier.statusCode === "RMAD" && row.createdAt ? row.createdAt : now;
      const acceptedAt = showsAcceptance(dossier.statusCode) ? now.getTime() : null;
      upsert.run({ ...row, createdAt: row.createdAt?.getTime() ?? null, statusChangedAt: since.getTime(), lastSeenAt: now.getTime(), acceptedAt });
      if (before === undefined) outcome.inserted++;
      if (before === dossier.statusCode) continue;
      const { lastInsertRowid } = history.run(dossier.demandNumber, before ?? null, dossier.statusCode, dossier.statusComment, now.getTime(), source);
      outcome.changed.push({ demandNumber: dossier.demandNumber, from: before ?? null, to: dossier.statusCode });
      const event = announce && statusEvent({ demandNumber: dossier.demandNumber, from: before ?? null, to: dossier.statusCode, historyId: lastInsertRowid, at: now, treatment: treatmentOf(dossier.quoteTreatment, dossier.statusComment) });
      if (event) produceEvent(db, event);
      if (before !== undefined && (dossier.statusCode === "VDE" || dossier.statusCode === "RDE")) {
        recordQuoteAnswer(db, { demandNumber: dossier.demandNumber, status: dossier.statusCode, quoteTreatment: dossier.quoteTreatment, comment: dossier.statusComment, at: now });
      }
    }
  })();
  if (outcome.changed.length) publish(dossierScopes(outcome.changed.map((c) => c.demandNumber)));
  return outcome;
}

/**
 * Atelier's own successful write, reflected at once: the new status (if any), the fields it set, and a
 * history row naming the user. Called inside the verb's transaction.
 */
export function applyLocalChange(
  tx: Tx,
  change: { demandNumber: string; userId: number; at: Date; status?: string; comment?: string | null; fields?: Partial<MirrorFields>; accepted?: boolean },
) {
  const current = tx.select({ statusCode: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, change.demandNumber)).get();
  if (!current) return;
  const moves = change.status !== undefined && change.status !== current.statusCode;
  tx.update(dossiers)
    .set({
      ...change.fields,
      ...(change.accepted ? { acceptedAt: sql`COALESCE(${dossiers.acceptedAt}, ${change.at.getTime()})` } : {}),
      ...(change.status !== undefined ? { statusCode: change.status, statusLabel: null, statusComment: change.comment ?? null } : {}),
      ...(moves ? { statusChangedAt: change.at } : {}),
    })
    .where(eq(dossiers.demandNumber, change.demandNumber))
    .run();
  publish(dossierScopes([change.demandNumber]));
  if (change.status !== undefined) {
    tx.insert(statusHistory)
      .values({ demandNumber: change.demandNumber, oldStatus: current.statusCode, newStatus: change.status, comment: change.comment ?? null, at: change.at, source: "atelier", userId: change.userId > 0 ? change.userId : null })
      .run();
  }
}

/** Dossiers of a successfully synced status that the platform did not return this time. */
export function markMissing(tx: Tx, statuses: string[], seen: Set<string>) {
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
