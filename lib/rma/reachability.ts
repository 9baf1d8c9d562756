import "server-only";
// Whether a platform answers, as the process's own calls see it: after three failed exchanges in a row
// the UI says so, and carries on from the mirror; the next answer clears it. One per centre's platform.
const FAILURES_BEFORE_DOWN = 3;

export interface Reachability {
  record(reachable: boolean, now?: Date): void;
  /** Null while the platform answers; when it does not, since when. */
  downSince(): Date | null;
}

export function createReachability(): Reachability {
  let consecutiveFailures = 0;
  let since: Date | null = null;
  return {
    record(reachable, now = new Date()) {
      if (reachable) {
        consecutiveFailures = 0;
        since = null;
      } else {
        consecutiveFailures++;
        since ??= now;
      }
    },
    downSince: () => (consecutiveFailures >= FAILURES_BEFORE_DOWN ? since : null),
  };
}
