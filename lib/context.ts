// The request's context, built once for each action and route (lib/actions/safe-action.ts) and for each
// centre's background work, and what it is made of. Types only: every room imports it, it imports no room,
// so no import circle can pass through it.
import type { Db } from "@/db";
import type { OutboxRow } from "@/db/schema";
import type { Role } from "@/lib/auth/roles";
import type { RmaClient } from "@/lib/rma/client";
import type { Reachability } from "@/lib/rma/reachability";

/** The database, or a transaction of it: the same calls on both. */
export type Tx = Db;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The centre the user belongs to (0: the environment's); everything they reach is that centre's. */
  centreId: number;
}

/** A centre and what is its own: its database, its platform client and token, whether its platform answers. */
export interface Centre {
  id: number;
  /** "" for the environment's centre. */
  slug: string;
  db: Db;
  rma: RmaClient;
  reachability: Reachability;
  /** The platform's origin, for the embedded simulator's control routes. */
  platformOrigin: string;
}

/** What the outbox needs to send a centre's commands (lib/outbox/runtime.ts builds it from a centre). */
export interface OutboxDeps {
  db: Db;
  client: RmaClient;
  now?: () => Date;
  /** Called after a command changed what the platform holds (documents cache, for instance). */
  onSent?: (row: OutboxRow) => void;
  /** The lease owner: this process, unless a test plays several. */
  owner?: string;
  leaseMs?: number;
  /** Delay before the next try after `attempts` tries (tests shorten it). */
  backoff?: (attempts: number) => number;
}

export interface Ctx {
  /** The user's centre's database: what an action reads and writes is that centre's alone. */
  db: Db;
  user: SessionUser;
  now: Date;
  /** The user's centre, looked up once for the request. */
  centre: Centre;
  /** Its outbox: where the request's platform writes go. */
  outbox: OutboxDeps;
}
