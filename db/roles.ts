// The roles a user may hold, owned by the schema that types users.role (db/ imports nothing from lib/).
// Pure data: the user forms in the browser import them through lib/auth/roles.
export const ROLES = ["technician", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];
