import "server-only";
// The digest's clock: every MAIL_DIGEST_MINUTES, in the background. No SMTP_URL: nothing runs.
import nodemailer from "nodemailer";
import { db, oncePerCluster } from "@/db";
import { config } from "@/lib/config/env";
import { sendDigests } from "./digest";

const state = globalThis as unknown as { atelierMail?: { timer: NodeJS.Timeout | null; running: boolean } };
state.atelierMail ??= { timer: null, running: false };
const mail = state.atelierMail;

export async function digestNow() {
  const settings = config().mail;
  if (!settings || mail.running) return null;
  mail.running = true;
  try {
    // Once per cluster: the instance that takes the round sends it, the others skip it.
    const database = db();
    return await oncePerCluster(database, "atelier:digest", () => sendDigests(database, nodemailer.createTransport(settings.smtpUrl), { from: settings.from, appUrl: config().appUrl }));
  } catch (error) {
    console.error("mail:", (error as Error).name);
    return null;
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
