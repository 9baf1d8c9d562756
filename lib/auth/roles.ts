// The roles, as pure data: the user forms import them without reaching the database layer's modules.
export { ROLES, type Role } from "@/db/roles";
