// Signed pushes as the platform sends them: HMAC-SHA256 of `timestamp + "." + body`, keyed with the secret.
import { createHmac } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import { BASE_URL, PUSH_SECRET } from "./paths";

export function pushHeaders(body: string, at = new Date(), secret = PUSH_SECRET) {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return {
    "Content-Type": "application/json",
    "X-Atelier-Timestamp": timestamp,
    "X-Atelier-Signature": `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`,
  };
}

/** Posts a body as an anonymous machine would; returns the status and the JSON reply. */
export async function push(body: string, headers: Record<string, string> = pushHeaders(body)) {
  const anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    const response = await anonymous.post("/api/push/demands", { headers, data: body });
    return { status: response.status(), json: (await response.json()) as { status: string; message: string; data: unknown } };
  } finally {
    await anonymous.dispose();
  }
}
