import "server-only";
// What changed, for the open pages of this server process: each change names its scopes ("dossiers",
// "dossier:N", "notifications", "sync", "home"), and the SSE stream (app/api/live) passes them on. The
// last messages are kept, so a tab that reconnects with Last-Event-ID gets what it missed; one that asks
// for an id this process never gave (a restart) is told to refresh everything.
import { EventEmitter } from "node:events";

export interface LiveMessage {
  id: number;
  scopes: string[];
}

const KEEP = 500;

interface Bus {
  emitter: EventEmitter;
  next: number;
  recent: LiveMessage[];
  /** Tells a stream apart from another process's: ids from a previous run mean nothing here. */
  epoch: string;
  pending: Set<string>;
  /** Of the pending scopes, those this process made (not relayed from another instance). */
  own: Set<string>;
  flush: ReturnType<typeof setTimeout> | null;
}

// One bus per process, even when the instrumentation hook and the routes load this module separately.
const store = globalThis as typeof globalThis & { __atelierLiveBus?: Bus };
function bus(): Bus {
  if (!store.__atelierLiveBus) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    store.__atelierLiveBus = { emitter, next: 1, recent: [], epoch: Date.now().toString(36), pending: new Set(), own: new Set(), flush: null };
  }
  return store.__atelierLiveBus;
}

/**
 * Announces a change. Scopes are gathered for a few milliseconds, so a sync that touches a thousand
 * dossiers sends one message, not a thousand.
 */
export function publish(scopes: Iterable<string>, options: { relayed?: boolean } = {}) {
  const b = bus();
  for (const scope of scopes) {
    b.pending.add(scope);
    if (!options.relayed) b.own.add(scope);
  }
  b.flush ??= setTimeout(() => {
    const message: LiveMessage = { id: b.next++, scopes: [...b.pending] };
    const own = [...b.own];
    b.pending.clear();
    b.own.clear();
    b.flush = null;
    b.recent.push(message);
    if (b.recent.length > KEEP) b.recent.shift();
    b.emitter.emit("message", message);
    if (own.length) b.emitter.emit("own", own);
  }, 50);
}

/** This process's own changes, batched as they are published: what the other instances are told of. */
export function onOwnChanges(listener: (scopes: string[]) => void) {
  const b = bus();
  b.emitter.on("own", listener);
  return () => void b.emitter.off("own", listener);
}

export const liveEpoch = () => bus().epoch;

/** The messages after lastId, or null when they cannot be told (another process's id, or too old). */
export function missedSince(lastId: string | null): LiveMessage[] | null {
  const b = bus();
  if (!lastId) return [];
  const [epoch, raw] = lastId.split("-");
  const id = Number(raw);
  if (epoch !== b.epoch || !Number.isInteger(id)) return null;
  const first = b.recent[0];
  if (first && id < first.id - 1) return null;
  return b.recent.filter((m) => m.id > id);
}

export function subscribe(listener: (message: LiveMessage) => void) {
  const b = bus();
  b.emitter.on("message", listener);
  return () => void b.emitter.off("message", listener);
}

/** Scopes of a change to dossiers. */
export const dossierScopes = (numbers: Iterable<string>) => ["dossiers", "home", ...[...numbers].map((n) => `dossier:${n}`)];
