// The process's log: one JSON line an event (pino), at LOG_LEVEL (info by default), on standard output.
// What goes in is chosen where it is written: ids, slugs, routes, codes, durations. Never a token, a
// secret, a password, a cookie or a client's name, address, phone or e-mail; the redaction below is a last
// net for a field named like one, not the rule (e2e/server-log.check.ts reads a whole run's log for them).
import pino from "pino";
import { APP_VERSION } from "@/lib/config/version";

const REDACTED = ["password", "token", "secret", "cookie", "authorization", "client_secret", "clientSecret", "client_name", "client_mail", "client_phone", "email", "phone"];

function build() {
  return pino({
    level: process.env.LOG_LEVEL || "info",
    base: { app: "atelier", version: APP_VERSION },
    messageKey: "msg",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: [...REDACTED, ...REDACTED.map((k) => `*.${k}`)], censor: "[redacted]" },
  });
}

const holder = globalThis as unknown as { atelierLog?: pino.Logger };

export const log: pino.Logger = (holder.atelierLog ??= build());

/** An error as a log field: its name and message, never its stack (which may carry a value). */
export const errorField = (error: unknown) => (error instanceof Error ? { name: error.name, message: error.message.slice(0, 500) } : { message: String(error).slice(0, 500) });
