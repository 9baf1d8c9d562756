// Calls a server action the way a hostile client would: a raw POST with its id, no button involved.
// The id comes from the build's server-reference manifest.
import type { APIRequestContext } from "@playwright/test";
import { readFileSync } from "node:fs";

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

export function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const entry = Object.entries(manifest.node).find(([, value]) => value.exportedName === exportedName);
  if (!entry) throw new Error(`server action ${exportedName} not in the build`);
  return entry[0];
}

/** Returns the raw RSC reply; the action's result object is in it as JSON. */
export async function callAction(request: APIRequestContext, path: string, exportedName: string, args: unknown[]) {
  const response = await request.post(path, {
    headers: { "Next-Action": actionId(exportedName), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}
