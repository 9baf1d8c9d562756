import "server-only";
// Whether the platform answers, as the process's own calls see it: after three failed exchanges in a row
// the UI says so, and carries on from the mirror; the next answer clears it.
const FAILURES_BEFORE_DOWN = 3;

const state = globalThis as unknown as { atelierReachability?: { consecutiveFailures: number; since: Date | null } };
state.atelierReachability ??= { consecutiveFailures: 0, since: null };
const reach = state.atelierReachability;

export function recordReachability(reachable: boolean, now = new Date()) {
  if (reachable) {
    reach.consecutiveFailures = 0;
    reach.since = null;
  } else {
    reach.consecutiveFailures++;
    reach.since ??= now;
  }
}

/** Null while the platform answers; when it does not, since when. */
export function platformDownSince(): Date | null {
  return reach.consecutiveFailures >= FAILURES_BEFORE_DOWN ? reach.since : null;
}
