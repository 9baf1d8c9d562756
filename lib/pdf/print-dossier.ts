import "server-only";
// The ticket and the label of a dossier, for the printing routes.
import { eq } from "drizzle-orm";
import { first, type Db } from "@/db";
import { dossiers, locations } from "@/db/schema";
import { readIdentity } from "@/lib/identity/store";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { logoOf } from "@/lib/identity/logo";
import { renderBounded } from "./bounded";

async function dossierFor(db: Db, demandNumber: string | null) {
  const found = demandNumber === null ? undefined : await first(db.select({ dossier: dossiers, location: locations.code }).from(dossiers).leftJoin(locations, eq(locations.id, dossiers.locationId)).where(eq(dossiers.demandNumber, demandNumber)));
  if (!found) throw new ServiceError("not_found", fr.dossier.notFound);
  return { ...found.dossier, location: found.location };
}

export async function printTicket(db: Db, demandNumber: string | null, origin: string, at: Date) {
  const dossier = await dossierFor(db, demandNumber);
  const identity = await readIdentity(db);
  return renderBounded({ kind: "ticket", input: { identity, logo: await logoOf(db, identity), at, dossier, url: `${origin}/dossiers/${encodeURIComponent(dossier.demandNumber)}` } });
}

export async function printLabel(db: Db, demandNumber: string | null, at: Date) {
  return renderBounded({ kind: "label", input: { labelSize: (await readIdentity(db)).labelSize, at, dossier: await dossierFor(db, demandNumber) } });
}

export const pdfResponse = (pdf: Buffer, name: string) =>
  new Response(new Uint8Array(pdf), { headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(name)}`, "Cache-Control": "private, no-store" } });
