// A context for work that never calls a platform: the terminal's commands (user:add) and the data layer's
// tests. Its platform client refuses any call, saying so, rather than reaching some platform by default.
import type { Db } from "@/db";
import type { Centre, Ctx, SessionUser } from "@/lib/context";
import type { RmaClient } from "@/lib/rma/client";
import { frOps } from "@/lib/i18n/fr-ops";

const noPlatform = new Proxy({} as RmaClient, {
  get: (_, call) => () => Promise.reject(new Error(frOps.centres.noPlatform(String(call)))),
});

export function offlineCentre(db: Db, id = 0): Centre {
  return { id, slug: "", db, rma: noPlatform, reachability: { record: () => {}, downSince: () => null }, platformOrigin: "http://127.0.0.1" };
}

export function offlineContext(db: Db, user: SessionUser, now = new Date()): Ctx {
  const centre = offlineCentre(db, user.centreId);
  return { db, user, now, centre, outbox: { db, client: centre.rma } };
}
