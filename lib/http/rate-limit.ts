// A sliding-window count per key, in this process: "at most `limit` in any `windowMs`". What it guards is
// work that costs the platform or the CPU (a full sync, a render), not sign-ins (lib/auth/lockout.ts, in
// the database, counts those for the whole cluster).
export interface RateLimit {
  /** Counts one use of `key`: 0 when allowed, otherwise the whole seconds until one is. */
  take(key: string, now?: number): number;
}

export function createRateLimit(options: { limit: number; windowMs: number }): RateLimit {
  const hits = new Map<string, number[]>();
  return {
    take(key, now = Date.now()) {
      const since = now - options.windowMs;
      const recent = (hits.get(key) ?? []).filter((at) => at > since);
      if (recent.length >= options.limit) {
        hits.set(key, recent);
        return Math.max(1, Math.ceil((recent[0]! - since) / 1000));
      }
      recent.push(now);
      hits.set(key, recent);
      // Keys whose window has passed are dropped now and then, so the map stays the size of who is active.
      if (hits.size > 1000) for (const [k, times] of hits) if (times.every((at) => at <= since)) hits.delete(k);
      return 0;
    },
  };
}
