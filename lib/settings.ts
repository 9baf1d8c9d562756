import "server-only";
// A centre's own settings kept in app_settings: a value by its key, written over; and a positive whole
// number (a delay, a period), its default until someone sets one.
import { eq } from "drizzle-orm";
import { first, type Db } from "@/db";
import { appSettings } from "@/db/schema";
import type { Tx } from "@/lib/context";

export async function readSetting(db: Db | Tx, key: string): Promise<string | undefined> {
  return (await first(db.select().from(appSettings).where(eq(appSettings.key, key))))?.value;
}

export function writeSetting(db: Db | Tx, key: string, value: string) {
  return db.insert(appSettings).values({ key, value }).onConflictDoUpdate({ target: appSettings.key, set: { value } });
}

export async function positiveSetting(db: Db | Tx, key: string, fallback: number): Promise<number> {
  const value = Number(await readSetting(db, key));
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
