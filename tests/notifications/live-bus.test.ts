// The live stream's memory: a tab that reconnects with Last-Event-ID gets what it missed, batched; an id
// from another run of the server means "refetch everything".
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { liveEpoch, missedSince, publish, subscribe, type LiveMessage } from "@/lib/live/bus";
import { forCentre } from "@/lib/tenancy/context";

// The bus gathers a burst for 50 ms: its clock is the test's, moved past that, not waited for.
beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());
const settle = () => vi.advanceTimersByTimeAsync(60);

describe("live bus", () => {
  it("batches a burst into one message, and replays what a reconnecting tab missed", async () => {
    const heard: LiveMessage[] = [];
    const off = subscribe((m) => heard.push(m));
    publish(["dossiers", "dossier:A"]);
    publish(["dossier:B", "dossiers"]);
    await settle();
    expect(heard).toHaveLength(1);
    expect(heard[0]!.scopes.sort()).toEqual(["dossier:A", "dossier:B", "dossiers"]);
    const seen = `${liveEpoch()}-${heard[0]!.id}`;
    publish(["notifications"]);
    await settle();
    publish(["sync"]);
    await settle();
    off();
    expect(missedSince(seen)!.map((m) => m.scopes)).toEqual([["notifications"], ["sync"]]);
    expect(missedSince(null)).toEqual([]);
    expect(missedSince(`autre-${heard[0]!.id}`)).toBeNull();
    expect(missedSince("n'importe quoi")).toBeNull();
  });

  it("keeps each centre's changes to its own pages, live and on reconnect", async () => {
    const main: LiveMessage[] = [];
    const other: LiveMessage[] = [];
    const offMain = subscribe((m) => main.push(m), 0);
    const offOther = subscribe((m) => other.push(m), 7);
    publish(["sync"]);
    await settle();
    const seen = `${liveEpoch()}-${main[0]!.id}`;
    forCentre(7, () => publish(["dossiers", "dossier:B-1"]));
    publish(["dossier:A-1"]);
    await settle();
    offMain();
    offOther();
    expect(main.flatMap((m) => m.scopes)).toEqual(["sync", "dossier:A-1"]);
    expect(other.map((m) => m.scopes.sort())).toEqual([["dossier:B-1", "dossiers"]]);
    expect(missedSince(seen, 0)!.map((m) => m.scopes)).toEqual([["dossier:A-1"]]);
    expect(missedSince(seen, 7)!.map((m) => m.scopes.sort())).toEqual([["dossier:B-1", "dossiers"]]);
  });
});
