import "server-only";
// A person, as Atelier holds them in a centre: the dossiers whose client they are (found by e-mail, phone or
// name), with the notes on them and the names of their files. Exported for the right of access, erased
// (pseudonymised at once) for the right to erasure; the audit keeps that it happened, not whom it was about.
import { asc, inArray, like, or, sql } from "drizzle-orm";
import { z } from "zod";
import { dossiers, notes, outbox, uploads } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/context";
import type { Db } from "@/db";
import { frPrivacy } from "@/lib/i18n/fr-privacy";
import { pseudonymise } from "./pseudonymise";

export const personQuery = z.object({ q: z.string().trim().min(3, frPrivacy.search.tooShort).max(200) });

export interface PersonDossier {
  demandNumber: string;
  statusCode: string;
  createdAtText: string | null;
  clientName: string | null;
  clientMail: string | null;
  clientPhone: string | null;
  clientAddress: string | null;
  pseudonymised: boolean;
  notes: Array<{ at: string; body: string }>;
  files: string[];
}

const digits = (text: string) => text.replace(/\D/g, "");
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function clientFields(extra: string) {
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(extra) as Record<string, unknown>;
  } catch {
    // an unreadable extra holds nothing we can show
  }
  const text = (key: string) => (typeof parsed[key] === "string" && parsed[key] ? (parsed[key] as string) : null);
  const address = ["client_address_street_number", "client_address_street", "client_address_compl", "client_address_zip_code", "client_address_city", "client_address_country"].map(text).filter(Boolean).join(" ");
  return { phone: text("client_phone"), address: address || null };
}

/**
 * The dossiers whose client matches: the whole e-mail (any case), the phone's digits (as typed, spaces or
 * not), or a part of the name. Searched over the whole centre, the dossiers the platform no longer lists too.
 */
export async function findPerson(db: Db, q: string): Promise<PersonDossier[]> {
  const lower = q.toLowerCase();
  const phone = digits(q);
  const pattern = `%${escapeLike(lower)}%`;
  const candidates = await db
    .select({ demandNumber: dossiers.demandNumber, statusCode: dossiers.statusCode, createdAtText: dossiers.createdAtText, clientName: dossiers.clientName, clientMail: dossiers.clientMail, extra: dossiers.extra, pseudonymisedAt: dossiers.pseudonymisedAt })
    .from(dossiers)
    .where(
      or(
        sql`lower(${dossiers.clientMail}) = ${lower}`,
        sql`lower(${dossiers.clientName}) LIKE ${pattern} ESCAPE '\\'`,
        phone.length >= 6 ? like(dossiers.extra, `%client_phone%`) : sql`false`,
      ),
    )
    .orderBy(asc(dossiers.demandNumber));
  const found = candidates
    .map((row) => ({ row, client: clientFields(row.extra) }))
    .filter(({ row, client }) => row.clientMail?.toLowerCase() === lower || row.clientName?.toLowerCase().includes(lower) || (phone.length >= 6 && client.phone !== null && digits(client.phone).endsWith(phone.slice(-9))));
  if (!found.length) return [];
  const numbers = found.map((f) => f.row.demandNumber);
  const noteRows = await db.select({ demandNumber: notes.demandNumber, at: notes.createdAt, body: notes.body }).from(notes).where(inArray(notes.demandNumber, numbers)).orderBy(asc(notes.createdAt));
  const payloads = await db.select({ demandNumber: outbox.demandNumber, payload: outbox.payload }).from(outbox).where(inArray(outbox.demandNumber, numbers));
  const idsBy = new Map<string, string[]>();
  for (const p of payloads) for (const m of p.payload.matchAll(/"uploadId"\s*:\s*"([^"]+)"/g)) idsBy.set(p.demandNumber, [...(idsBy.get(p.demandNumber) ?? []), m[1]!]);
  const allIds = [...new Set([...idsBy.values()].flat())];
  const names = new Map(allIds.length ? (await db.select({ id: uploads.id, name: uploads.name }).from(uploads).where(inArray(uploads.id, allIds))).map((u) => [u.id, u.name] as const) : []);
  return found.map(({ row, client }) => ({
    demandNumber: row.demandNumber,
    statusCode: row.statusCode,
    createdAtText: row.createdAtText,
    clientName: row.clientName,
    clientMail: row.clientMail,
    clientPhone: client.phone,
    clientAddress: client.address,
    pseudonymised: row.pseudonymisedAt !== null,
    notes: noteRows.filter((n) => n.demandNumber === row.demandNumber).map((n) => ({ at: new Date(n.at).toISOString(), body: n.body })),
    files: [...new Set(idsBy.get(row.demandNumber) ?? [])].map((id) => names.get(id)).filter((n): n is string => Boolean(n)),
  }));
}

/** The right of access, as a file a person can read: every field above, and what Atelier cannot erase. */
export function personExport(q: string, found: PersonDossier[], now: Date) {
  return { query: q, exportedAt: now.toISOString(), platformNotice: frPrivacy.platformNotice, dossiers: found };
}

const csvCell = (value: string | null | undefined) => `"${String(value ?? "").replace(/"/g, '""')}"`;

export function personCsv(found: PersonDossier[]): string {
  const lines = [frPrivacy.csvHeader.map(csvCell).join(";")];
  for (const d of found) {
    lines.push([d.demandNumber, d.statusCode, d.clientName, d.clientMail, d.clientPhone, d.clientAddress, d.notes.map((n) => n.body).join(" | "), d.files.join(" | ")].map(csvCell).join(";"));
  }
  // A BOM: the spreadsheet a centre opens it in reads the accents right.
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** The right to erasure: every dossier of the person pseudonymised now; the audit says how many. */
export async function erasePerson({ ctx, input }: { ctx: Ctx; input: z.output<typeof personQuery> }) {
  const found = await findPerson(ctx.db, input.q);
  return ctx.db.transaction(async (tx) => {
    const done = await pseudonymise(tx, found.map((d) => d.demandNumber), ctx.now);
    await recordAudit(tx, ctx, { action: "privacy.erase", summary: { count: done.length }, outcome: "ok" });
    return { count: done.length };
  });
}
