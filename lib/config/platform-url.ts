// A platform address: https only, so the client secret and the bearer token never cross a network in clear.
// Plain http is kept for loopback alone, where the simulator and the tests' fake platforms listen.
import { z } from "zod";

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
  .url({ message: "une adresse https://…/api/" })
  .refine(isAllowedPlatformUrl, "une adresse https://…/api/ (http seulement sur cette machine : localhost, 127.0.0.1)");
