import "server-only";
// The centres this process works for, each with what is its own: its database (lib/db's centreDatabase),
// its platform client and token, and whether its platform answers. Centre 0 is the environment's
// (RMA_* variables, the main database): a single-centre install has it alone and sees no difference.
import { centreDatabase, mainDb, type Db } from "@/db";
import { readIdentity } from "@/lib/centre/settings";
import { config } from "@/lib/config/env";
import { fr } from "@/lib/i18n/fr";
import { platformClient, type RmaClient } from "@/lib/rma";
import type { Reachability } from "@/lib/rma/reachability";
import { clientSecret, ENVIRONMENT_CENTRE, findCentre, listCentres } from "./registry";
import type { CentreRow } from "@/db/schema";

export interface Centre {
  id: number;
  /** "" for the environment's centre. */
  slug: string;
  db: Db;
  rma: RmaClient;
  reachability: Reachability;
  /** The platform's origin, for the embedded simulator's control routes. */
  platformOrigin: string;
}

const cache = ((globalThis as unknown as { atelierCentres?: Map<number, Promise<Centre>> }).atelierCentres ??= new Map());

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

function remember(id: number, centre: Promise<Centre>) {
  cache.set(id, centre);
  centre.catch(() => cache.delete(id));
  return centre;
}

/** A centre by id; null when there is none (removed, or never added). */
export async function centreById(id: number): Promise<Centre | null> {
  const known = cache.get(id);
  if (known) return known;
  if (id === ENVIRONMENT_CENTRE) return remember(id, build(id, null));
  const row = await findCentre(mainDb(), id);
  return row ? remember(id, build(id, row)) : null;
}

export const environmentCentre = () => centreById(ENVIRONMENT_CENTRE) as Promise<Centre>;

/** Every centre, the environment's first; one whose secret cannot be opened is left out, and said. */
export async function allCentres(): Promise<Centre[]> {
  const rows = await listCentres(mainDb());
  const opened = await Promise.allSettled([environmentCentre(), ...rows.map((row) => centreById(row.id))]);
  return opened.flatMap((result, index) => {
    if (result.status === "fulfilled") return result.value ? [result.value] : [];
    console.error(`centre ${rows[index - 1]?.slug ?? "principal"} :`, (result.reason as Error).message);
    return [];
  });
}

/** For the sign-in form: the centres to choose from (the form shows no choice when there is only the one). */
export async function centreChoices(): Promise<Array<{ id: number; name: string }>> {
  const rows = await listCentres(mainDb());
  if (!rows.length) return [{ id: ENVIRONMENT_CENTRE, name: fr.signIn.mainCentre }];
  const main = (await readIdentity(mainDb())).legalName || fr.signIn.mainCentre;
  return [{ id: ENVIRONMENT_CENTRE, name: main }, ...rows.map((row) => ({ id: row.id, name: row.name }))];
}
