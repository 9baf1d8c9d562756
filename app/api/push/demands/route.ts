import { config } from "@/lib/config/env";
import { isServiceError } from "@/lib/errors";
import { readCapped } from "@/lib/http/read-capped";
import { checkSignature, receivePush, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/lib/push/receive-push";
import { environmentCentre } from "@/lib/tenancy/centres";
import { forCentre } from "@/lib/tenancy/context";

const MAX_BYTES = 20 * 1024 * 1024;
const reply = (httpStatus: number, status: "OK" | "KO", message: string, data: unknown = null) => Response.json({ status, message, data }, { status: httpStatus });

/**
 * PUSH mode: machine to machine, no session. Authenticated by the HMAC of the timestamp and the raw body;
 * the body is read with a byte cap before anything else. A bad signature, a stale or replayed push gets
 * 401/409, a bad body 400 with the reason, and in every case nothing is written.
 * ASSUMPTION: PUSH serves the environment's centre (PUSH_SECRET is one secret, and the document says
 * nothing of how a push names its account); a centre added at the terminal is read by the sync alone.
 */
export async function POST(request: Request) {
  const secret = config().pushSecret;
  if (!secret) return reply(404, "KO", "Mode PUSH désactivé (PUSH_SECRET non configuré)");
  let raw: Buffer;
  try {
    raw = await readCapped(request, MAX_BYTES);
  } catch (error) {
    if (isServiceError(error)) return reply(413, "KO", "Corps trop volumineux");
    throw error;
  }
  const timestamp = request.headers.get(TIMESTAMP_HEADER);
  const { db: database, id } = await environmentCentre();
  const refused = await checkSignature(database, secret, raw, { signature: request.headers.get(SIGNATURE_HEADER), timestamp });
  if (refused && !refused.ok) return reply(refused.httpStatus, "KO", `Push refusé : ${refused.reason}`);
  const result = await forCentre(id, () => receivePush(database, raw, new Date(Number(timestamp) * 1000)));
  if (!result.ok) return reply(result.httpStatus, "KO", `Push refusé : ${result.reason}`);
  return reply(200, "OK", "Success", { received: result.received, changed: result.changed });
}
