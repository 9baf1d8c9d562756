import "server-only";
// Search and scan. A scan is an exact identifier followed by Enter: it opens the dossier. Anything else
// goes through FTS5, with whatever was typed reduced to plain tokens so that no input is a syntax error.
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
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

/** The single dossier whose number, serial, IMEI or EAN is exactly `term` (any case), if only one. */
export function exactMatch(db: Db, term: string): string | null {
  const value = term.trim();
  if (!value || value.length > 100) return null;
  const rows = db.all<{ demand_number: string }>(sql`
    SELECT demand_number FROM dossiers
    WHERE demand_number = ${value.toUpperCase()} OR serial_number = ${value} COLLATE NOCASE OR imei_number = ${value} OR ean = ${value}
    LIMIT 2`);
  return rows.length === 1 ? rows[0]!.demand_number : null;
}

/** Words and numbers only, each a quoted prefix: quotes, stars, dashes and parentheses mean nothing. */
export function ftsQuery(term: string): string | null {
  const tokens = term.normalize("NFKC").match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
  return tokens.length ? tokens.map((t) => `"${t}"*`).join(" ") : null;
}

export function searchDossiers(db: Db, term: string, limit = 50): SearchHit[] {
  const query = ftsQuery(term);
  if (!query) return [];
  return db.all<SearchHit>(sql`
    SELECT d.demand_number AS demandNumber, d.status_code AS statusCode, d.type AS type, d.brand AS brand,
           d.part_number AS partNumber, d.serial_number AS serialNumber, d.client_name AS clientName
    FROM dossiers_fts f JOIN dossiers d ON d.rowid = f.rowid
    WHERE dossiers_fts MATCH ${query}
    ORDER BY f.rank
    LIMIT ${limit}`);
}
