import "server-only";
// Several instances on one PostgreSQL: what one writes or syncs, the open pages of the others hear of too.
// Each instance tells the others its own changes (NOTIFY) and passes theirs to its pages (LISTEN), on one
// connection of its own, kept open and reopened after a failure.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { onOwnChanges, publish } from "./bus";

const CHANNEL = "atelier_live";
/** NOTIFY carries at most 8000 bytes: a larger change (a sync of many dossiers) says "everything". */
const MAX_PAYLOAD = 7_000;
const ORIGIN = randomUUID();

const state = globalThis as unknown as { atelierLiveRelay?: { client: pg.Client | null; stopped: boolean } };

export function startLiveRelay(url: string) {
  if (state.atelierLiveRelay) return;
  const relay: { client: pg.Client | null; stopped: boolean } = { client: null, stopped: false };
  state.atelierLiveRelay = relay;

  const connect = async () => {
    const client = new pg.Client({ connectionString: url, application_name: "atelier-live" });
    client.on("notification", (n) => {
      try {
        const message = JSON.parse(n.payload ?? "{}") as { origin?: string; centre?: number; scopes?: string[] };
        if (message.origin !== ORIGIN && Array.isArray(message.scopes) && Number.isSafeInteger(message.centre)) {
          publish(message.scopes.map(String), { relayed: true, centre: message.centre });
        }
      } catch {
        // Not ours: nothing to pass on.
      }
    });
    const retry = () => {
      if (relay.client === client) relay.client = null;
      if (!relay.stopped) setTimeout(() => void connect(), 5_000).unref();
    };
    client.on("error", retry);
    client.on("end", retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      relay.client = client;
    } catch {
      client.removeAllListeners("end");
      retry();
    }
  };
  void connect();

  onOwnChanges((scopes, centre) => {
    let payload = JSON.stringify({ origin: ORIGIN, centre, scopes });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) payload = JSON.stringify({ origin: ORIGIN, centre, scopes: ["*"] });
    // Lost when the connection is down: the pages catch up at their next refresh.
    relay.client?.query("SELECT pg_notify($1, $2)", [CHANNEL, payload]).catch(() => undefined);
  });
}
