// The roles, as pure data: the user forms import them without reaching the database layer.
export const ROLES = ["technician", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];
