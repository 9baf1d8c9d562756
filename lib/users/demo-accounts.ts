// The simulator mode's demo accounts: shown on the sign-in page, created at start, used by the e2e tests.
// Plain data (no server-only) so the tests read the same list.
import type { Role } from "@/db/schema/users";

export const DEMO_PASSWORD = "atelier-demo-2026";

export const DEMO_USERS = {
  technician: { email: "technicien@atelier.test", name: "Théo Technicien", role: "technician" },
  manager: { email: "manager@atelier.test", name: "Manon Manager", role: "manager" },
  admin: { email: "admin@atelier.test", name: "Adèle Admin", role: "admin" },
} as const satisfies Record<Role, { email: string; name: string; role: Role }>;
