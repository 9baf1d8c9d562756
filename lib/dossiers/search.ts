import "server-only";
// Search and scan. A scan is an exact identifier followed by Enter: it opens the dossier. Anything else is
// a search by words, with whatever was typed reduced to plain words so that no input is a syntax error:
// SQLite's FTS5 index, or on PostgreSQL the words column its trigram index serves (db/pg/migrations/0001).
import { and, eq, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { execute, rows as rawRows, usesPostgres, type Db } from "@/db";
import { dossiers } from "@/db/schema";
import type { StatusCode } from "@/lib/rma/constants";

export interface SearchHit {
  demandNumber: string;
  statusCode: StatusCode;
  type: "REP" | "PAD";
  brand: string | null;
  partNumber: string | null;
  serialNumber: string | null;
  clientName: string | null;
}

/** `column` equals `value` whatever the case, through each engine's index for it. */
export function equalsIgnoringCase(column: AnyColumn, value: string): SQL {
  return usesPostgres() ? sql`lower(${column}) = lower(${value})` : sql`${column} = ${value} COLLATE NOCASE`;
}

/** `column` is one of `values` whatever the case, through the same index. */
export function inIgnoringCase(column: AnyColumn, values: readonly string[]): SQL {
  return usesPostgres()
    ? sql`lower(${column}) IN (${sql.join(values.map((v) => sql`${v.toLowerCase()}`), sql`, `)})`
    : sql`${column} COLLATE NOCASE IN (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;
}

/** Dossiers whose number, serial, IMEI or EAN (and, at the goods-in desk, tracking number) is `value`. */
export function identifiedBy(value: string, tracking = false): SQL {
  return or(
    eq(dossiers.demandNumber, value.toUpperCase()),
    equalsIgnoringCase(dossiers.serialNumber, value),
    eq(dossiers.imeiNumber, value),
    eq(dossiers.ean, value),
    tracking ? equalsIgnoringCase(dossiers.trackingNumber, value) : undefined,
  )!;
}

/** The single dossier whose number, serial, IMEI or EAN is exactly `term` (any case), if only one. */
export async function exactMatch(db: Db, term: string): Promise<string | null> {
  const value = term.trim();
  if (!value || value.length > 100) return null;
  const found = await db.select({ n: dossiers.demandNumber }).from(dossiers).where(identifiedBy(value)).limit(2);
  return found.length === 1 ? found[0]!.n : null;
}

/** Words and numbers only, at most eight. */
function words(term: string): string[] {
  return term.normalize("NFKC").match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
}

/** FTS5's query: each word a quoted prefix, so quotes, stars, dashes and parentheses mean nothing. */
export function ftsQuery(term: string): string | null {
  const tokens = words(term);
  return tokens.length ? tokens.map((t) => `"${t}"*`).join(" ") : null;
}

/** Matches few enough to sort them all (PostgreSQL). */
const FEW = 500;
/** The newest dossiers a search looks through first (PostgreSQL). */
const PROBE = 5_000;

const HIT = sql`d.demand_number AS "demandNumber", d.status_code AS "statusCode", d.type AS "type", d.brand AS "brand",
  d.part_number AS "partNumber", d.serial_number AS "serialNumber", d.client_name AS "clientName"`;

/**
 * The newest matches first, on both engines: a word as common as a brand matches a tenth of a million
 * dossiers, and ranking them all (FTS5's bm25) cost 30 ms a search; the index gives the newest at once.
 */
export async function searchDossiers(db: Db, term: string, limit = 50): Promise<SearchHit[]> {
  if (usesPostgres()) {
    // The words column holds " word word … ", lower-cased and without accents: a word's beginning is " " + it.
    const tokens = words(term.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase());
    if (!tokens.length) return [];
    const matching = and(...tokens.map((t) => sql`d.search_doc LIKE ${`% ${t}%`}`));
    // A word as common as a first name is among the newest dossiers already: when the newest few thousand
    // hold a page of matches, those are the newest matches of all (1M dossiers: about 1 ms).
    const recent = await rawRows<SearchHit>(
      db,
      sql`SELECT ${HIT} FROM (SELECT * FROM dossiers ORDER BY created_at DESC LIMIT ${PROBE}) d WHERE ${matching} ORDER BY d.created_at DESC LIMIT ${limit}`,
    );
    if (recent.length >= limit) return recent;
    // Otherwise the planner cannot tell a rare word from a common one (a LIKE's selectivity is a guess), so
    // the plan is said: the trigram index first, for at most a few hundred matches, which are then sorted; a
    // word that matches more is read along the dates' index, newest first, until enough match.
    return db.transaction(async (tx) => {
      await execute(tx, sql`SET LOCAL enable_seqscan = off`);
      await execute(tx, sql`SET LOCAL enable_indexscan = off`);
      const few = await rawRows<{ n: string }>(tx, sql`SELECT d.demand_number AS "n" FROM dossiers d WHERE ${matching} LIMIT ${FEW + 1}`);
      if (few.length <= FEW) {
        if (!few.length) return [];
        return rawRows<SearchHit>(tx, sql`SELECT ${HIT} FROM dossiers d WHERE d.demand_number IN ${few.map((r) => r.n)} ORDER BY d.created_at DESC LIMIT ${limit}`);
      }
      await execute(tx, sql`SET LOCAL enable_indexscan = on`);
      await execute(tx, sql`SET LOCAL enable_bitmapscan = off`);
      return rawRows<SearchHit>(tx, sql`SELECT ${HIT} FROM dossiers d WHERE ${matching} ORDER BY d.created_at DESC LIMIT ${limit}`);
    });
  }
  const query = ftsQuery(term);
  if (!query) return [];
  return rawRows<SearchHit>(db, sql`
    SELECT ${HIT} FROM dossiers_fts f JOIN dossiers d ON d.rowid = f.rowid WHERE dossiers_fts MATCH ${query} ORDER BY f.rowid DESC LIMIT ${limit}`);
}
