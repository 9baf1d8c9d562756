import "server-only";
import { headers } from "next/headers";

/** The caller's address, for the lock-out: the first hop of X-Forwarded-For when a proxy set it. */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "inconnue";
}
