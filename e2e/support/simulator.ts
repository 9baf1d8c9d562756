// The simulator's control routes, for tests that play the reseller's side or look at what it received.
import type { WireDossier } from "@/lib/rma/wire";
import { SIM_PORT } from "./paths";

const ORIGIN = `http://127.0.0.1:${SIM_PORT}`;

export async function control<T = unknown>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${ORIGIN}/_sim${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as { message: string; data: T };
  if (!response.ok) throw new Error(`${response.status} ${json.message}`);
  return json.data;
}

export const createDossier = (body: { type?: "REP" | "PAD"; problemDescription?: string; clientName?: string; serialNumber?: string } = {}) => control<WireDossier>("/dossiers", body);

export interface SimDetails {
  dossier: WireDossier;
  documents: Array<{ type: string; file_name: string; bytes: number }>;
}
export const details = (demandNumber: string) => control<SimDetails>(`/dossiers/${encodeURIComponent(demandNumber)}`);

/** A call to the simulator's API as the platform's client makes it: a token, then the route. */
async function api<T>(route: string, body?: unknown): Promise<T> {
  const token = (await (
    await fetch(`${ORIGIN}/api/token/create`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ client_id: "simulateur", client_secret: "simulateur-secret", grant_type: "client_credentials" }),
    })
  ).json()) as { access_token: string };
  const response = await fetch(`${ORIGIN}/api/${route}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token.access_token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return ((await response.json()) as { data: T }).data;
}

/** A write as a centre makes it (accept, status…), straight to the simulator's API. */
export const centreWrite = (route: string, body: Record<string, unknown>) => api<unknown>(route, body);

/** The dossiers at a status, read as the platform would answer. */
export const atStatus = (status: string) => api<WireDossier[]>(`demands/retrieverequests?status=${status}`);

/** A dossier's documents as the platform returns them (3.10), with their bytes. */
export async function documentsOf(demandNumber: string): Promise<Array<{ type: string; file_name: string; content: Buffer }>> {
  const data = await api<Array<{ type: string; file_name: string; file_content: string }>>("demands/documents", { demand_number: demandNumber });
  return data.map((d) => ({ type: d.type, file_name: d.file_name, content: Buffer.from(d.file_content, "base64") }));
}
