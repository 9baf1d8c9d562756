import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { liveEpoch, missedSince, subscribe, type LiveMessage } from "@/lib/live/bus";

// Server-Sent Events: what changed, as scopes, for the open tab to refetch. One stream per tab, a comment
// every 25 s to keep proxies from closing it, and Last-Event-ID on reconnect to get what was missed (or
// "*", refetch everything, when this process cannot tell: it restarted, or too much was missed).
const HEARTBEAT_MS = 25_000;
const encoder = new TextEncoder();

const frame = (m: LiveMessage) => `id: ${liveEpoch()}-${m.id}\nevent: change\ndata: ${JSON.stringify({ scopes: m.scopes })}\n\n`;

export const GET = defineRoute({
  name: "live.stream",
  schema: z.object({ lastEventId: z.string().max(64).nullable(), signal: z.instanceof(AbortSignal) }),
  permission: "dossiers:read",
  input: (request) => ({ lastEventId: request.headers.get("last-event-id"), signal: request.signal }),
  run: ({ ctx, input }) => ({ ...input, centre: ctx.user.centreId }),
  respond: ({ lastEventId, signal, centre }) => {
    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        const missed = missedSince(lastEventId, centre);
        send(`retry: 3000\n\n`);
        if (missed === null) send(`id: ${liveEpoch()}-0\nevent: change\ndata: ${JSON.stringify({ scopes: ["*"] })}\n\n`);
        else missed.forEach((m) => send(frame(m)));
        send(`event: ready\ndata: {}\n\n`);
        const off = subscribe((m) => send(frame(m)), centre);
        const beat = setInterval(() => send(`: ping\n\n`), HEARTBEAT_MS);
        stop = () => {
          off();
          clearInterval(beat);
          signal.removeEventListener("abort", stop);
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        };
        signal.addEventListener("abort", stop);
      },
      cancel: () => stop(),
    });
    return new Response(stream, {
      headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
    });
  },
});
