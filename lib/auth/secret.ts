import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { first } from "@/db";
import { mainDb } from "@/lib/tenancy/databases";
import { appSettings } from "@/db/schema";
import { config } from "@/lib/config/env";

/**
 * AUTH_SECRET when set (always, on a real platform: the configuration requires it). In simulator mode
 * without one, a random secret generated once and kept in the database, so a demo needs no set-up and no
 * secret is ever written in the code.
 */
export async function authSecret(): Promise<string> {
  const configured = config().authSecret;
  if (configured) return configured;
  const database = mainDb();
  const stored = await first(database.select().from(appSettings).where(eq(appSettings.key, "auth_secret")));
  if (stored) return stored.value;
  const value = randomBytes(32).toString("base64url");
  await database.insert(appSettings).values({ key: "auth_secret", value }).onConflictDoNothing();
  return (await first(database.select().from(appSettings).where(eq(appSettings.key, "auth_secret"))))!.value;
}
