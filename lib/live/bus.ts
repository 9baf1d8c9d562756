import "server-only";
// What changed, for the open pages of this server process: each change names its scopes ("dossiers",
// "dossier:N", "notifications", "sync", "home"), and the SSE stream (app/api/live) passes them on. The
// last messages are kept, so a tab that reconnects with Last-Event-ID gets what it missed; one that asks
// for an id this process never gave (a restart) is told to refresh everything. Each message is one
// centre's: a page hears of its own centre's changes only.
import { EventEmitter } from "node:events";
import { activeCentreId } from "@/lib/tenancy/context";

export interface LiveMessage {
  id: number;
  centre: number;
  scopes: string[];
}

const KEEP = 500;
const MAX_SCOPES = 1_000;

interface Bus {
  emitter: EventEmitter;
  next: number;
  recent: LiveMessage[];
  /** Tells a stream apart from another process's: ids from a previous run mean nothing here. */
  epoch: string;
  /** Per centre, the scopes gathered for the next message. */
  pending: Map<number, Set<string>>;
  /** Of the pending scopes, those this process made (not relayed from another instance). */
  own: Map<number, Set<string>>;
  flush: ReturnType<typeof setTimeout> | null;
}

// One bus per process, even when the instrumentation hook and the routes load this module separately.
const store = globalThis as typeof globalThis & { __atelierLiveBus?: Bus };
function bus(): Bus {
  if (!store.__atelierLiveBus) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    store.__atelierLiveBus = { emitter, next: 1, recent: [], epoch: Date.now().toString(36), pending: new Map(), own: new Map(), flush: null };
  }
  return store.__atelierLiveBus;
}

const setIn = (map: Map<number, Set<string>>, centre: number) => map.get(centre) ?? map.set(centre, new Set()).get(centre)!;

/**
 * Announces a change of the centre the work is for (or `centre`, for one relayed from another instance).
 * Scopes are gathered for a few milliseconds, so a sync that touches a thousand dossiers sends one
 * message, not a thousand.
 */
export function publish(scopes: Iterable<string>, options: { relayed?: boolean; centre?: number } = {}) {
  const b = bus();
  const centre = options.centre ?? activeCentreId();
  const pending = setIn(b.pending, centre);
  const own = options.relayed ? null : setIn(b.own, centre);
  for (const scope of scopes) {
    pending.add(scope);
    own?.add(scope);
  }
  b.flush ??= setTimeout(() => {
    const batches = [...b.pending];
    const owned = [...b.own];
    b.pending.clear();
    b.own.clear();
    b.flush = null;
    for (const [centreId, gathered] of batches) {
      // A sync of a whole status names thousands of dossiers: the pages refetch everything instead, and the
      // kept messages stay small.
      const message: LiveMessage = { id: b.next++, centre: centreId, scopes: gathered.size > MAX_SCOPES ? ["*"] : [...gathered] };
      b.recent.push(message);
      if (b.recent.length > KEEP) b.recent.shift();
      b.emitter.emit("message", message);
    }
    for (const [centreId, gathered] of owned) if (gathered.size) b.emitter.emit("own", [...gathered], centreId);
  }, 50);
}

/** This process's own changes, batched as they are published: what the other instances are told of. */
export function onOwnChanges(listener: (scopes: string[], centre: number) => void) {
  const b = bus();
  b.emitter.on("own", listener);
  return () => void b.emitter.off("own", listener);
}

export const liveEpoch = () => bus().epoch;

/** A centre's messages after lastId, or null when they cannot be told (another process's id, or too old). */
export function missedSince(lastId: string | null, centre = 0): LiveMessage[] | null {
  const b = bus();
  if (!lastId) return [];
  const [epoch, raw] = lastId.split("-");
  const id = Number(raw);
  if (epoch !== b.epoch || !Number.isInteger(id)) return null;
  const first = b.recent[0];
  if (first && id < first.id - 1) return null;
  return b.recent.filter((m) => m.id > id && m.centre === centre);
}

/** A centre's messages, as they come. */
export function subscribe(listener: (message: LiveMessage) => void, centre = 0) {
  const b = bus();
  const forCentre = (message: LiveMessage) => message.centre === centre && listener(message);
  b.emitter.on("message", forCentre);
  return () => void b.emitter.off("message", forCentre);
}

/** Scopes of a change to dossiers. */
export const dossierScopes = (numbers: Iterable<string>) => ["dossiers", "home", ...[...numbers].map((n) => `dossier:${n}`)];
