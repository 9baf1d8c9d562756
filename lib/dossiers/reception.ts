import "server-only";
// The goods-in desk: what a scan (a dossier number, a serial, an IMEI, an EAN or a tracking number) finds,
// and what receiving each match takes.
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { canSendStatus, followsPadRules } from "@/lib/workflows/transitions";
import { AFTER_RECEPTION } from "@/lib/workflows/wizards";

/** What receiving the product takes: D now, an accept first, or nothing (already there, or refused). */
export type ReceptionStep = "receive" | "accept_then_receive" | "already_received" | "refused" | "not_accepted";

export interface ScanMatch {
  demandNumber: string;
  statusCode: string;
  type: string;
  brand: string | null;
  serialNumber: string | null;
  clientName: string | null;
  accessories: string | null;
  step: ReceptionStep;
}

// An information exchange may come before the reception: only the other statuses show the product here.
const RECEIVED_OR_LATER = new Set(AFTER_RECEPTION.filter((s) => s !== "INFSTT" && s !== "INFREV"));

export function receptionStep(d: { type: string; statusCode: string; agreementNumber: string | null; accepted: boolean }): ReceptionStep {
  if (RECEIVED_OR_LATER.has(d.statusCode)) return "already_received";
  if (d.statusCode === "RMANOK") return "refused";
  if (canSendStatus(d)) return "receive";
  if (d.statusCode === "RMAD" && !followsPadRules(d)) return "accept_then_receive";
  return "not_accepted";
}

export function lookupScan(db: Db, term: string): ScanMatch[] {
  const value = term.trim();
  if (!value || value.length > 100) return [];
  const rows = db.all<{ demandNumber: string; statusCode: string; type: string; agreementNumber: string | null; acceptedAt: number | null; brand: string | null; serialNumber: string | null; clientName: string | null; accessories: string | null }>(sql`
    SELECT demand_number AS demandNumber, status_code AS statusCode, type, agreement_number AS agreementNumber, accepted_at AS acceptedAt,
           brand, serial_number AS serialNumber, client_name AS clientName, accessories
    FROM dossiers
    WHERE demand_number = ${value.toUpperCase()} OR serial_number = ${value} COLLATE NOCASE OR imei_number = ${value} OR ean = ${value}
       OR tracking_number = ${value} COLLATE NOCASE
    ORDER BY created_at DESC
    LIMIT 6`);
  return rows.map(({ acceptedAt, agreementNumber, ...r }) => ({ ...r, step: receptionStep({ ...r, agreementNumber, accepted: acceptedAt !== null }) }));
}
