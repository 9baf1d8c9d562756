import "server-only";
// A centre's own settings kept in app_settings: a positive whole number (a delay, a period), its default
// until someone sets one.
import { eq } from "drizzle-orm";
import { first, type Db } from "@/db";
import { appSettings } from "@/db/schema";

export async function positiveSetting(db: Db, key: string, fallback: number): Promise<number> {
  const value = Number((await first(db.select().from(appSettings).where(eq(appSettings.key, key))))?.value);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
