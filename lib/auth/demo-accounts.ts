// The simulator mode's demo accounts: shown on the sign-in page, created at start, used by the e2e tests.
// Plain data (no server-only) so the tests read the same list.
import type { Role } from "@/db/schema/users";
import { frDemo } from "@/lib/i18n/fr-demo";

export const DEMO_PASSWORD = "atelier-demo-2026";

export const DEMO_USERS = {
  technician: { email: "technicien@atelier.test", name: frDemo.names.technician, role: "technician" },
  manager: { email: "manager@atelier.test", name: frDemo.names.manager, role: "manager" },
  admin: { email: "admin@atelier.test", name: frDemo.names.admin, role: "admin" },
} as const satisfies Record<Role, { email: string; name: string; role: Role }>;
