import "server-only";
// The centre the running work is for, without threading it through every call: a request's action or
// route (safe-action), or a background pass over one centre. Read by what reports a change (the live bus).
import { AsyncLocalStorage } from "node:async_hooks";

const store = globalThis as unknown as { atelierCentreScope?: AsyncLocalStorage<number> };
const scope = (store.atelierCentreScope ??= new AsyncLocalStorage<number>());

export const forCentre = <T>(centreId: number, fn: () => T): T => scope.run(centreId, fn);

/** The centre of the work under way; the environment's (0) outside any. */
export const activeCentreId = (): number => scope.getStore() ?? 0;
