// Who may do what. Checked on the server by every action, route handler and page.
import type { Role } from "./roles";

export const PERMISSIONS = {
  /** Read queues, dossiers, documents; write notes. */
  "dossiers:read": ["technician", "manager", "admin"],
  /** Every write to the platform (accept, refuse, status, quote…). */
  "dossiers:write": ["technician", "manager", "admin"],
  /** Assign a dossier to someone else, one at a time or in bulk (anyone may take one for themselves). */
  "dossiers:assign": ["manager", "admin"],
  /** Edit or delete someone else's note. */
  "notes:moderate": ["manager", "admin"],
  /** Quote responses, aging, team activity. */
  "manager:view": ["manager", "admin"],
  /** The follow-up's delays: quote reminders, a product's return within N days. */
  "followup:manage": ["manager", "admin"],
  /** The deadline rules per reseller, flow type and phase (/admin/delais). */
  "deadlines:manage": ["manager", "admin"],
  /** The centre's places (/admin/emplacements) and their labels. */
  "locations:manage": ["manager", "admin"],
  /** Create, deactivate, reset and change the role of users. */
  "users:manage": ["admin"],
  /** The centre's services and parts, with their prices (the quote builder's suggestions). */
  "prices:manage": ["manager", "admin"],
  /** A dossier's parts, supplier orders and receiving (/pieces). */
  "parts:work": ["technician", "manager", "admin"],
  /** The centre's identity on the documents Atelier writes. */
  "centre:manage": ["admin"],
  /** What the platform sent that does not fit the format, and the statuses that cannot be read. */
  "platform:review": ["admin"],
  /** Backups' state, the retention period, a person's data found, exported and erased (RGPD). */
  "privacy:manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
