import "server-only";
// Auth.js: credentials checked against our users table, a JWT session cookie (httpOnly, SameSite=Lax,
// Secure over https), and the session re-checked against the database on every request (current-user.ts).
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { config } from "@/lib/config/env";
import { log } from "@/lib/log/logger";
import { centreForCode } from "@/lib/tenancy/centres";
import { centreCode } from "@/lib/tenancy/registry";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { authSecret } from "./secret";
import { sessionSecretDigest } from "./session-secret";

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class LockedAccount extends CredentialsSignin {
  code = "locked";
}

const credentialsSchema = z.object({
  email: z.string().max(320),
  password: z.string().max(200),
  // Several centres: the code typed, or the centre's own sign-in address; none: the environment's.
  centre: centreCode.default(""),
});

export const { handlers, auth, signIn, signOut } = NextAuth(async () => ({
  secret: await authSecret(),
  // Atelier runs behind whatever host the centre gives it; next start refuses unknown hosts otherwise.
  trustHost: true,
  // Auth.js's own messages as JSON lines of the log: a refused password is a warning with its code, never a
  // stack (which would print the request it came from).
  logger: {
    error: (error: Error) => log.warn({ event: "auth", name: error.name, type: (error as { type?: string }).type }),
    warn: (code: string) => log.warn({ event: "auth.warning", code }),
    debug: () => undefined,
  },
  session: { strategy: "jwt", maxAge: 12 * 3600 },
  pages: { signIn: "/connexion" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, centre: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const centre = await centreForCode(parsed.data.centre);
        if (!centre) throw new InvalidCredentials();
        // The account is looked up in the chosen centre's own users, and its lock-out counted there.
        const mode = centre.id === 0 ? config().mode : "platform";
        const result = await authenticate(centre.db, { ...parsed.data, ip: await clientAddress(), mode });
        if (!result.ok) throw result.reason === "locked" ? new LockedAccount() : new InvalidCredentials();
        return { id: String(result.user.id), email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion, sessionSecret: result.user.sessionSecret, centre: centre.id };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        // The cookie is encrypted (Auth.js's JWE): the secret travels in it without being readable.
        token.ss = (user as { sessionSecret?: string }).sessionSecret ?? "";
        token.centre = (user as { centre?: number }).centre ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: Number(token.sub), sessionVersion: Number(token.sv ?? 0), sessionDigest: sessionSecretDigest(token.ss), centreId: Number(token.centre ?? 0) };
    },
  },
}));
