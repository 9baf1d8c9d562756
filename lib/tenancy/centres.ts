import "server-only";
// The centres this process works for, each with what is its own: its database (lib/db's centreDatabase),
// its platform client and token, and whether its platform answers. Centre 0 is the environment's
// (RMA_* variables, the main database): a single-centre install has it alone and sees no difference.
import { centreDatabase, forgetCentreDatabase, mainDb } from "./databases";
import type { Centre } from "@/lib/context";
import { config } from "@/lib/config/env";
import { platformClient } from "@/lib/rma";
import { clientSecret, ENVIRONMENT_CENTRE, findCentre, findCentreBySlug, listCentres } from "./registry";
import type { CentreRow } from "@/db/schema";
import { errorField, log } from "@/lib/log/logger";

export type { Centre };

interface Cached {
  centre: Promise<Centre>;
  /** The registry row it was built from, as text: any change to it (a re-created centre) rebuilds. */
  row: string;
  checkedAt: number;
}

// A centre removed or re-created in the registry (by another process: `npm run centre:add`, a restore of
// the main database) is noticed within this long; in between, its row is not read again.
const RECHECK_MS = 5_000;

const cache = ((globalThis as unknown as { atelierCentres?: Map<number, Cached> }).atelierCentres ??= new Map());

function build(id: number, row: CentreRow | null): Promise<Centre> {
  const credentials = row
    ? { baseUrl: row.baseUrl, clientId: row.clientId, clientSecret: clientSecret(row, config().secretKeys) }
    : { baseUrl: config().rma.baseUrl, clientId: config().rma.clientId, clientSecret: config().rma.clientSecret };
  const { client, reachability } = platformClient(credentials, row?.slug ?? "");
  return centreDatabase(id).then((database) => ({
    id,
    slug: row?.slug ?? "",
    db: database,
    rma: client,
    reachability,
    platformOrigin: new URL(credentials.baseUrl).origin,
  }));
}

function remember(id: number, row: CentreRow | null, now: number) {
  const centre = build(id, row);
  const entry: Cached = { centre, row: JSON.stringify(row), checkedAt: now };
  cache.set(id, entry);
  centre.catch(() => cache.get(id) === entry && cache.delete(id));
  return centre;
}

/** A centre by id; null when there is none (removed, or never added). */
export async function centreById(id: number, now = Date.now()): Promise<Centre | null> {
  const known = cache.get(id);
  if (known && (id === ENVIRONMENT_CENTRE || now - known.checkedAt < RECHECK_MS)) return known.centre;
  if (id === ENVIRONMENT_CENTRE) return remember(id, null, now);
  const row = (await findCentre(mainDb(), id)) ?? null;
  const current = cache.get(id);
  if (current && row && current.row === JSON.stringify(row)) {
    current.checkedAt = now;
    return current.centre;
  }
  if (current) forget(id);
  return row ? remember(id, row, now) : null;
}

/** Drops what this process keeps of a centre: its client and token, and its database handle. */
function forget(id: number) {
  cache.delete(id);
  forgetCentreDatabase(id);
}

/**
 * Whether a centre works against the embedded simulator, whose controls (the /simulateur page, the reseller's
 * answers on a dossier) act on the platform itself: the environment's centre in simulator mode only. An added
 * centre always has a platform of its own, even when its address is a local one.
 */
export const isSimulatorCentre = (centre: Pick<Centre, "id">) => centre.id === ENVIRONMENT_CENTRE && config().mode === "simulator";

export const environmentCentre = () => centreById(ENVIRONMENT_CENTRE) as Promise<Centre>;

/** Every centre, the environment's first; one whose secret cannot be opened is left out, and said. */
export async function allCentres(): Promise<Centre[]> {
  const rows = await listCentres(mainDb());
  const opened = await Promise.allSettled([environmentCentre(), ...rows.map((row) => centreById(row.id))]);
  return opened.flatMap((result, index) => {
    if (result.status === "fulfilled") return result.value ? [result.value] : [];
    log.error({ event: "centre.unavailable", centre: rows[index - 1]?.slug ?? "principal", error: errorField(result.reason) });
    return [];
  });
}

/**
 * The centre a sign-in names by its code (its slug; empty: the environment's), from its own sign-in address
 * (/connexion/<slug>) or typed on /connexion; no page lists them. Null: no centre has that code (the form
 * then answers as for a wrong password).
 */
export async function centreForCode(code: string): Promise<Centre | null> {
  if (!code) return environmentCentre();
  const row = await findCentreBySlug(mainDb(), code);
  return row ? centreById(row.id) : null;
}

/** The name a centre's own sign-in address shows; null when no centre has that code. */
export async function centreNameForCode(code: string): Promise<string | null> {
  return (await findCentreBySlug(mainDb(), code))?.name ?? null;
}

/** Whether the form offers the centre's code at all: a single-centre install shows it as before, without. */
export async function severalCentres(): Promise<boolean> {
  return (await listCentres(mainDb())).length > 0;
}
