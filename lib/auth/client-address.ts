import "server-only";
import { headers } from "next/headers";
import { config } from "@/lib/config/env";

/**
 * The caller's address, for the lock-out. The TCP peer (X-Atelier-Peer, set by scripts/serve.mjs and
 * never taken from a client), unless TRUSTED_PROXIES says which hops of X-Forwarded-For were added by
 * proxies of ours: a client that writes its own X-Forwarded-For changes nothing.
 */
export function clientAddressFrom(get: (name: string) => string | null, trusted: number | string[]): string {
  const forwarded = (get("x-forwarded-for") ?? "").split(",").map((a) => a.trim()).filter(Boolean);
  // Without serve.mjs (next dev, next start), Next.js puts the peer last in X-Forwarded-For only when the
  // client sent none: the best there is, and why production runs through `npm start`.
  const peer = get("x-atelier-peer") || forwarded.at(-1) || "inconnue";
  const chain = get("x-atelier-peer") ? [...forwarded, peer] : forwarded.length ? forwarded : [peer];
  if (typeof trusted === "number") return chain[Math.max(0, chain.length - 1 - trusted)] ?? peer;
  let i = chain.length - 1;
  while (i > 0 && trusted.includes(chain[i]!)) i--;
  return chain[i] ?? peer;
}

export async function clientAddress(): Promise<string> {
  const list = await headers();
  return clientAddressFrom((name) => list.get(name), config().trustedProxies);
}
