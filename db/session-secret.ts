// A new user's session secret (users.session_secret), the schema's default: 32 random bytes, hex. Here, not
// in lib/auth, because db/ imports nothing from lib/; drizzle-kit and the migration scripts load it too.
import { randomBytes } from "node:crypto";

export const newSessionSecret = () => randomBytes(32).toString("hex");
