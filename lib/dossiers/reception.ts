import "server-only";
// The goods-in desk: what a scan (a dossier number, a serial, an IMEI, an EAN or a tracking number) finds,
// and what receiving each match takes.
import { desc } from "drizzle-orm";
import type { Db } from "@/db";
import { dossiers } from "@/db/schema";
import { productView } from "./product-history";
import { identifiedBy } from "./search";
import { canSendStatus, followsPadRules } from "@/lib/workflows/transitions";
import { AFTER_RECEPTION } from "@/lib/wizards/wizards";

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
  /** "Retour sous 90 jours : …" when the same product came back soon after its last return. */
  repeat: string | null;
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

export async function lookupScan(db: Db, term: string): Promise<ScanMatch[]> {
  const value = term.trim();
  if (!value || value.length > 100) return [];
  const rows = await db
    .select({
      demandNumber: dossiers.demandNumber,
      statusCode: dossiers.statusCode,
      type: dossiers.type,
      agreementNumber: dossiers.agreementNumber,
      acceptedAt: dossiers.acceptedAt,
      brand: dossiers.brand,
      serialNumber: dossiers.serialNumber,
      clientName: dossiers.clientName,
      accessories: dossiers.accessories,
      imeiNumber: dossiers.imeiNumber,
      createdAt: dossiers.createdAt,
    })
    .from(dossiers)
    .where(identifiedBy(value, true))
    .orderBy(desc(dossiers.createdAt))
    .limit(6);
  return Promise.all(
    rows.map(async ({ acceptedAt, agreementNumber, imeiNumber, createdAt, ...r }) => ({
      ...r,
      step: receptionStep({ ...r, agreementNumber, accepted: acceptedAt !== null }),
      repeat: (await productView(db, { demandNumber: r.demandNumber, serialNumber: r.serialNumber, imeiNumber, createdAt })).repeat,
    })),
  );
}
