import "server-only";
// The digest's clock: every MAIL_DIGEST_MINUTES, in the background. No SMTP_URL: nothing runs.
import nodemailer from "nodemailer";
import { oncePerCluster } from "@/db";
import { config } from "@/lib/config/env";
import { allCentres } from "@/lib/tenancy/centres";
import { sendDigests } from "./digest";
import { log } from "@/lib/log/logger";

const state = globalThis as unknown as { atelierMail?: { timer: NodeJS.Timeout | null; running: boolean } };
state.atelierMail ??= { timer: null, running: false };
const mail = state.atelierMail;

export async function digestNow() {
  const settings = config().mail;
  if (!settings || mail.running) return;
  mail.running = true;
  try {
    // Once per cluster and centre: the instance that takes a centre's round sends it, the others skip it.
    const transport = nodemailer.createTransport(settings.smtpUrl);
    for (const centre of await allCentres()) {
      await oncePerCluster(centre.db, "atelier:digest", () => sendDigests(centre.db, transport, { from: settings.from, appUrl: config().appUrl }));
    }
  } catch (error) {
    log.error({ event: "mail.error", error: { name: (error as Error).name } });
  } finally {
    mail.running = false;
  }
}

export function startMailSchedule() {
  const settings = config().mail;
  if (!settings || mail.timer) return;
  mail.timer = setInterval(() => void digestNow(), settings.digestMinutes * 60_000);
  mail.timer.unref();
}
