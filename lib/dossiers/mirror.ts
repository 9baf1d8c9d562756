import "server-only";
// Writes to the local mirror: what the platform told us (sync, push) and what we just did (our writes).
import { createHash } from "node:crypto";
import { and, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import { execute, first, lockedForWrite, rows as rowsOf, usesPostgres, type Db } from "@/db";
import { dossiers, statusHistory, type DossierRow } from "@/db/schema";
import type { Tx } from "@/lib/context";
import type { Dossier } from "@/lib/rma/model";
import { dossierScopes, publish } from "@/lib/live/bus";
import { produceEvent, statusEvent } from "@/lib/notifications/produce";
import { recordQuoteAnswer, treatmentOf } from "@/lib/quotes/record-answer";
import { showsAcceptance } from "@/lib/workflows/transitions";
import { refreshDerived } from "./derived";
import { leaveLocations } from "./location-leave";
import { parsePlatformDate } from "./platform-date";

type MirrorFields = Omit<DossierRow, "statusChangedAt" | "lastSeenAt" | "missing" | "platformDigest" | "acceptedAt" | "chosenTreatment" | "assignedTo" | "accessories" | "pseudonymisedAt" | "dueAt" | "dueRule" | "locationId">;

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
const MIRRORED = Object.keys(toRow(SAMPLE)) as Array<keyof MirrorFields>;
/** Rows per statement: the sync writes whole statuses, every two minutes; both engines bound a statement's parameters. */
const BATCH = 500;

/** Atelier's own clock and marks, written beside a reply's fields. */
const OWN = ["statusChangedAt", "lastSeenAt", "missing", "acceptedAt", "platformDigest"] as const;
type OwnColumns = Pick<DossierRow, (typeof OWN)[number]>;
/** What a batch's upsert writes: the mirrored columns, and Atelier's own. */
const UPSERTED = [...MIRRORED, ...OWN] as Array<keyof DossierRow>;
const columnOf = (key: keyof DossierRow) => getTableColumns(dossiers)[key].name;
/** What a reply may change in a dossier already mirrored: every mirrored column but its number. */
const REPLIED = MIRRORED.filter((k) => k !== "demandNumber").map(columnOf);
/** The columns that hold the client's personal data: the platform's client_* fields, and the extra ones. */
export const PERSONAL: readonly string[] = ["client_name", "client_mail", "extra"];
const repliedOf = (table: string) => `(${REPLIED.map((c) => `${table}."${c}"`).join(", ")})`;

/**
 * One statement per batch, its rows in one JSON parameter that the database itself takes apart
 * (json_populate_recordset, jsonb_each): the statement's text is the same for every batch, and no query
 * builder walks 500 × 40 values. What a reply sets, and what it leaves as Atelier knows it (when it was
 * accepted, since when at its status).
 */
const UPSERT = {
  columns: UPSERTED.map((k) => `"${columnOf(k)}"`).join(", "),
  select: UPSERTED.map((k) => `value ->> '${columnOf(k)}'`).join(", "),
  set: [
    // A pseudonymised dossier keeps its pseudonym whatever the platform still shows (lib/privacy).
    ...REPLIED.map((c) => (PERSONAL.includes(c) ? `"${c}" = CASE WHEN "dossiers"."pseudonymised_at" IS NULL THEN excluded."${c}" ELSE "dossiers"."${c}" END` : `"${c}" = excluded."${c}"`)),
    `"last_seen_at" = excluded."last_seen_at"`,
    `"missing" = false`,
    `"accepted_at" = COALESCE("dossiers"."accepted_at", excluded."accepted_at")`,
    `"status_changed_at" = CASE WHEN "dossiers"."status_code" = excluded."status_code" THEN "dossiers"."status_changed_at" ELSE excluded."status_changed_at" END`,
    // A digest of the client's data is kept for no pseudonymised dossier: it is written again at every reply.
    `"platform_digest" = CASE WHEN "dossiers"."pseudonymised_at" IS NULL THEN excluded."platform_digest" ELSE NULL END`,
  ].join(", "),
  /**
   * Only a dossier the reply changes (or shows again after it went missing) is written: a sync of a million
   * unchanged dossiers writes nothing, rather than a million new row versions (on PostgreSQL, each one new
   * entries in every index, and dead rows to vacuum). A dossier whose digest is not the reply's (none yet,
   * after the upgrade that added it, or cleared by Atelier's own write) is written once to keep it.
   */
  where: (postgres: boolean) => {
    const differs = postgres ? "IS DISTINCT FROM" : "IS NOT";
    return `${repliedOf('"dossiers"')} ${differs} ${repliedOf("excluded")} OR "dossiers"."missing" OR ("dossiers"."pseudonymised_at" IS NULL AND "dossiers"."platform_digest" ${differs} excluded."platform_digest")`;
  },
};

function upsertStatement(rowsJson: string): SQL {
  const rows = usesPostgres()
    ? sql`SELECT ${sql.raw(UPSERT.columns)} FROM json_populate_recordset(NULL::dossiers, ${rowsJson}::json)`
    : // jsonb_each: each row's ~45 fields are read from SQLite's binary form; json_each handed each row
      // back as text, parsed again for every field (~35 ms a batch of 500 rows, 13 as JSONB).
      sql`SELECT ${sql.raw(UPSERT.select)} FROM jsonb_each(${rowsJson}) WHERE true`;
  return sql`INSERT INTO dossiers (${sql.raw(UPSERT.columns)}) ${rows} ON CONFLICT ("demand_number") DO UPDATE SET ${sql.raw(UPSERT.set)} WHERE ${sql.raw(UPSERT.where(usesPostgres()))}`;
}

const MIRRORED_KEYS = MIRRORED.map((k) => [k, columnOf(k)] as const);
const OWN_KEYS = OWN.map((k) => [k, columnOf(k)] as const);
const epochOrValue = (value: unknown) => (value instanceof Date ? value.getTime() : (value ?? null));

/**
 * A reply's mirrored fields as the upsert's JSON carries them (column names, moments in epoch ms): one object
 * of the same keys in the same order for every row, written by one JSON.stringify (not one call per field).
 * The same text is digested and then completed with Atelier's own columns (`withOwnColumns`).
 */
function mirroredJson(row: MirrorFields): string {
  const out: Record<string, unknown> = {};
  for (const [key, column] of MIRRORED_KEYS) out[column] = epochOrValue(row[key]);
  return JSON.stringify(out);
}

/**
 * The mirrored fields of a reply, digested: the same reply gives the same digest, so that a dossier whose
 * stored digest matches is left out of the upsert before any SQL (the sync's re-read of an unchanged mirror
 * was mostly the database comparing every column of every row). 128 bits of SHA-256: change detection only.
 */
const digestOf = (json: string) => createHash("sha256").update(json).digest().subarray(0, 16).toString("base64url");

function withOwnColumns(json: string, own: OwnColumns): string {
  const out: Record<string, unknown> = {};
  for (const [key, column] of OWN_KEYS) out[column] = epochOrValue(own[key]);
  return `${json.slice(0, -1)},${JSON.stringify(out).slice(1)}`;
}

/**
 * A batch's history rows in one statement of one JSON parameter, as the upsert: the query builder spent
 * ~35 µs a row building a statement of thousands of parameters (a first sync of 10,000 dossiers writes
 * 10,000 rows). Their ids come back for the events that name them.
 */
function historyStatement(moves: Array<{ n: string; o: string | null; s: string; c: string | null }>, at: Date, source: string): SQL {
  const json = JSON.stringify(moves);
  const columns = sql.raw("demand_number, old_status, new_status, comment, at, source");
  return usesPostgres()
    ? sql`INSERT INTO status_history (${columns}) SELECT v.n, v.o, v.s, v.c, ${at.getTime()}::bigint, ${source}::text FROM json_to_recordset(${json}::json) AS v(n text, o text, s text, c text) RETURNING id, demand_number AS "n"`
    : sql`INSERT INTO status_history (${columns}) SELECT j.value ->> 'n', j.value ->> 'o', j.value ->> 's', j.value ->> 'c', ${at.getTime()}, ${source} FROM jsonb_each(${json}) AS j RETURNING id, demand_number AS "n"`;
}

/**
 * Upserts what the platform returned; a new or changed status gets a history row, and the moments people
 * wait for (a new dossier, a quote or information answered) an event, all in one transaction. `announce`
 * is off for the first read of a status: what was already there has not just arrived.
 */
export async function upsertFromPlatform(db: Db, list: Dossier[], now: Date, source: "sync" | "push", options: { announce?: boolean; requestedAt?: Date } = {}): Promise<UpsertOutcome> {
  const announce = options.announce ?? true;
  const outcome: UpsertOutcome = { inserted: 0, changed: [] };
  // One row per dossier, the last the platform listed: a statement cannot write the same row twice. In
  // the order of their numbers, so that two writers of the same rows (two instances) lock them in one order.
  const unique = [...new Map(list.map((d) => [d.demandNumber, d])).values()].sort((a, b) => (a.demandNumber < b.demandNumber ? -1 : 1));
  await db.transaction(async (tx) => {
    const read = (numbers: string[]) =>
      tx.select({ n: dossiers.demandNumber, s: dossiers.statusCode, changedAt: dossiers.statusChangedAt, digest: dossiers.platformDigest, missing: dossiers.missing }).from(dossiers).where(inArray(dossiers.demandNumber, numbers));
    for (let i = 0; i < unique.length; i += BATCH) {
      const slice = unique.slice(i, i + BATCH);
      // What the reply says as it said it last time, of a dossier still listed: nothing to write. Told apart
      // before any lock: such a dossier is left as it is whatever happens to it meanwhile, as if the reply
      // had come just before (Atelier's own write clears the digest, so the next reply is written).
      const seen = await read(slice.map((d) => d.demandNumber));
      const written = new Map(seen.filter((k) => !k.missing && k.digest !== null).map((k) => [k.n, k.digest]));
      let rows = slice
        .map((dossier) => {
          const row = toRow(dossier);
          const json = mirroredJson(row);
          return { dossier, row, json, digest: digestOf(json) };
        })
        .filter((r) => written.get(r.dossier.demandNumber) !== r.digest);
      if (!rows.length) continue;
      // PostgreSQL: the rows to write are read again and stay locked until the upsert commits. Without it,
      // Atelier's own write committed between this read and the upsert (another instance settling a command)
      // went unseen, and the reply's older status was written over it without a history row. SQLite's
      // transaction is the lock: its first read stands.
      const known = usesPostgres() ? await lockedForWrite(read(rows.map((r) => r.dossier.demandNumber))) : seen;
      // A reply asked for before the mirror last moved (Atelier's own write settled meanwhile, or another
      // instance's sync) is older than the mirror: those dossiers are left as they are until the next read.
      const newer = new Set(options.requestedAt ? known.filter((k) => k.changedAt.getTime() > options.requestedAt!.getTime()).map((k) => k.n) : []);
      const previous = new Map(known.map((r) => [r.n, r.s]));
      if (newer.size) rows = rows.filter((r) => !newer.has(r.dossier.demandNumber) || previous.get(r.dossier.demandNumber) === r.dossier.statusCode);
      const batch = rows.map((r) => r.dossier);
      if (!batch.length) continue;
      const values = rows.map(({ dossier, row, json, digest }) => {
        // A dossier first seen at RMAD has been there since its creation; at any other status, the platform
        // does not say since when, so the clock starts when we first see it.
        const since = !previous.has(dossier.demandNumber) && dossier.statusCode === "RMAD" && row.createdAt ? row.createdAt : now;
        return withOwnColumns(json, { statusChangedAt: since, lastSeenAt: now, missing: false, acceptedAt: showsAcceptance(dossier.statusCode) ? now : null, platformDigest: digest });
      });
      await execute(tx, upsertStatement(`[${values.join(",")}]`));
      outcome.inserted += batch.filter((d) => !previous.has(d.demandNumber)).length;

      const moved = batch.filter((d) => previous.get(d.demandNumber) !== d.statusCode);
      if (!moved.length) continue;
      const history = await rowsOf<{ id: number; n: string }>(tx, historyStatement(moved.map((d) => ({ n: d.demandNumber, o: previous.get(d.demandNumber) ?? null, s: d.statusCode, c: d.statusComment ?? null })), now, source));
      await refreshDerived(tx, moved.map((d) => d.demandNumber));
      await leaveLocations(tx, moved.filter((d) => d.statusCode === "RPR").map((d) => d.demandNumber), now);
      const historyIds = new Map(history.map((h) => [h.n, Number(h.id)]));
      for (const dossier of moved) {
        const before = previous.get(dossier.demandNumber) ?? null;
        outcome.changed.push({ demandNumber: dossier.demandNumber, from: before, to: dossier.statusCode });
        const event = announce && statusEvent({ demandNumber: dossier.demandNumber, from: before, to: dossier.statusCode, historyId: historyIds.get(dossier.demandNumber)!, at: now, treatment: treatmentOf(dossier.quoteTreatment, dossier.statusComment) });
        if (event) await produceEvent(tx, event);
        if (before !== null && (dossier.statusCode === "VDE" || dossier.statusCode === "RDE")) {
          await recordQuoteAnswer(tx, { demandNumber: dossier.demandNumber, status: dossier.statusCode, quoteTreatment: dossier.quoteTreatment, comment: dossier.statusComment, at: now });
        }
      }
    }
  });
  if (outcome.changed.length) publish(dossierScopes(outcome.changed.map((c) => c.demandNumber)));
  return outcome;
}

/**
 * Atelier's own successful write, reflected at once: the new status (if any), the fields it set, and a
 * history row naming the user. Called inside the verb's transaction.
 */
export async function applyLocalChange(
  tx: Tx,
  change: { demandNumber: string; userId: number; at: Date; status?: string; comment?: string | null; fields?: Partial<MirrorFields>; accepted?: boolean },
) {
  const current = await first(tx.select({ statusCode: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, change.demandNumber)));
  if (!current) return;
  const moves = change.status !== undefined && change.status !== current.statusCode;
  await tx
    .update(dossiers)
    .set({
      ...change.fields,
      ...(change.accepted ? { acceptedAt: sql`COALESCE(${dossiers.acceptedAt}, ${change.at.getTime()})` } : {}),
      ...(change.status !== undefined ? { statusCode: change.status, statusLabel: null, statusComment: change.comment ?? null } : {}),
      ...(moves ? { statusChangedAt: change.at } : {}),
      // The row is no longer what the platform's last reply said: its next reply is written, whatever it says.
      platformDigest: null,
    })
    .where(eq(dossiers.demandNumber, change.demandNumber));
  publish(dossierScopes([change.demandNumber]));
  if (change.status !== undefined) {
    await tx
      .insert(statusHistory)
      .values({ demandNumber: change.demandNumber, oldStatus: current.statusCode, newStatus: change.status, comment: change.comment ?? null, at: change.at, source: "atelier", userId: change.userId > 0 ? change.userId : null });
    if (moves) await refreshDerived(tx, [change.demandNumber]);
    if (moves && change.status === "RPR") await leaveLocations(tx, [change.demandNumber], change.at);
  }
}

/** Dossiers of a successfully synced status that the platform did not return this time. */
export async function markMissing(tx: Tx, statuses: string[], seen: Set<string>) {
  if (!statuses.length) return 0;
  const candidates = await tx
    .select({ demandNumber: dossiers.demandNumber })
    .from(dossiers)
    .where(and(inArray(dossiers.statusCode, statuses), eq(dossiers.missing, false)));
  const gone = candidates.map((c) => c.demandNumber).filter((n) => !seen.has(n));
  // In slices: an engine bounds the parameters of one statement.
  for (let i = 0; i < gone.length; i += 500) await tx.update(dossiers).set({ missing: true }).where(inArray(dossiers.demandNumber, gone.slice(i, i + 500)));
  return gone.length;
}
