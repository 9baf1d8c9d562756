import { db } from "@/db";
import { config } from "@/lib/config/env";
import { receivePush, SIGNATURE_HEADER, validSignature } from "@/lib/push/receive-push";

const MAX_BYTES = 20 * 1024 * 1024;
const reply = (httpStatus: number, status: "OK" | "KO", message: string, data: unknown = null) => Response.json({ status, message, data }, { status: httpStatus });

/**
 * PUSH mode: machine to machine, no session. Authenticated by the HMAC of the raw body alone; a bad
 * signature gets 401 and a bad body 400 with the reason, and in both cases nothing is written.
 */
export async function POST(request: Request) {
  const secret = config().pushSecret;
  if (!secret) return reply(404, "KO", "Mode PUSH désactivé (PUSH_SECRET non configuré)");
  const raw = Buffer.from(await request.arrayBuffer());
  if (raw.length > MAX_BYTES) return reply(413, "KO", "Corps trop volumineux");
  if (!validSignature(secret, raw, request.headers.get(SIGNATURE_HEADER))) return reply(401, "KO", "Signature invalide");
  const result = receivePush(db(), raw);
  if (!result.ok) return reply(400, "KO", `Corps invalide : ${result.reason}`);
  return reply(200, "OK", "Success", { received: result.received, changed: result.changed });
}
