import { z } from "zod";
import { metrics } from "@/lib/metrics/metrics";
import { defineRoute } from "@/lib/actions/safe-action";
import { sessionScope } from "@/lib/auth/end-sessions";
import { stillSignedIn } from "@/lib/auth/current-user";
import { liveEpoch, missedSince, subscribe, type LiveMessage } from "@/lib/live/bus";

// Server-Sent Events: what changed, as scopes, for the open tab to refetch. One stream per tab, a comment
// every 25 s to keep proxies from closing it, and Last-Event-ID on reconnect to get what was missed (or
// "*", refetch everything, when this process cannot tell: it restarted, or too much was missed).
// A stream lasts no longer than its session: told that the user signed out or was changed (a "session:<id>"
// scope, relayed between instances like any other), and at each heartbeat in case that word was lost, it
// checks the session again and closes when it no longer holds; the browser's reconnection then gets a 401.
const HEARTBEAT_MS = 25_000;
const encoder = new TextEncoder();

const isSession = (scope: string) => scope.startsWith("session:");
const frame = (m: LiveMessage) => {
  const scopes = m.scopes.filter((scope) => !isSession(scope));
  return scopes.length ? `id: ${liveEpoch()}-${m.id}\nevent: change\ndata: ${JSON.stringify({ scopes })}\n\n` : "";
};

export const GET = defineRoute({
  name: "live.stream",
  schema: z.object({ lastEventId: z.string().max(64).nullable(), signal: z.instanceof(AbortSignal) }),
  permission: "dossiers:read",
  input: (request) => ({ lastEventId: request.headers.get("last-event-id"), signal: request.signal }),
  run: ({ ctx, input }) => ({ ...input, centre: ctx.user.centreId, user: ctx.user }),
  respond: ({ lastEventId, signal, centre, user }) => {
    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (text: string) => {
          if (!text) return;
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
        metrics().liveConnections.inc();
        let counted = true;
        const recheck = () => void stillSignedIn(user).then((holds) => holds || stop(), () => stop());
        const mine = sessionScope(user.id);
        const off = subscribe((m) => {
          if (m.scopes.includes(mine)) recheck();
          send(frame(m));
        }, centre);
        const beat = setInterval(() => {
          send(`: ping\n\n`);
          recheck();
        }, HEARTBEAT_MS);
        stop = () => {
          if (counted) metrics().liveConnections.dec();
          counted = false;
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
