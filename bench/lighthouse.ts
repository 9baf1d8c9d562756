// Lighthouse performance and accessibility (desktop settings: Atelier runs on bench PCs and tablets), on
// Debian's Chromium, signed in through the session cookie. Runs in a plain Node child: see lighthouse-run.mjs.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { AppServer } from "./server";

export interface LighthouseResult {
  name: string;
  performance: number;
  accessibility: number;
  failed: string[];
}

export async function lighthouseScores(server: AppServer, pages: Array<{ name: string; path: string; signedIn: boolean }>): Promise<LighthouseResult[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ["bench/lighthouse-run.mjs", JSON.stringify({ base: server.base, cookie: server.cookie, pages })], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as LighthouseResult[];
}
