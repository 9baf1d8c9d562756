// A platform address: https only, so the client secret and the bearer token never cross a network in clear.
// Plain http is kept for loopback alone, where the simulator and the tests' fake platforms listen.
import { z } from "zod";
import { frOps } from "@/lib/i18n/fr-ops";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function isAllowedPlatformUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.test(url.hostname));
}

// The protocol is judged once, by isAllowedPlatformUrl (https, or http on loopback).
export const platformUrl = z
  .url({ message: frOps.config.platformUrl })
  .refine(isAllowedPlatformUrl, frOps.config.platformUrlHttps);
