import "server-only";
// The e-mail digest: every notification a person wants by e-mail and has not received yet, in one message
// (French subject, text and HTML, a link per dossier). Sent at most every MAIL_DIGEST_MINUTES; a failure
// leaves them pending for the next round and is shown to admins; it never touches a sync.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { first, type Db } from "@/db";
import { readSetting, writeSetting } from "@/lib/settings";
import { appSettings, events, notifications, users } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { frServer } from "@/lib/i18n/fr-server";
import { frOps } from "@/lib/i18n/fr-ops";
import { log } from "@/lib/log/logger";

/** A long absence, or mail turned on late: the message lists this many, and counts the rest. */
export const DIGEST_MAX_ITEMS = 50;
const FAILURE_KEY = "mail.failure";

export interface Digest {
  userId: number;
  to: string;
  name: string;
  items: Array<{ type: string; demandNumber: string | null; data: Record<string, unknown>; at: Date }>;
  notificationIds: number[];
}

/** One digest per active person with pending e-mail notifications, oldest first. */
export async function collectDigests(db: Db): Promise<Digest[]> {
  const rows = await db
    .select({ id: notifications.id, userId: users.id, email: users.email, name: users.name, type: events.type, demandNumber: events.demandNumber, data: events.data, at: events.at })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .innerJoin(events, eq(events.id, notifications.eventId))
    .where(and(eq(notifications.email, "pending"), eq(users.active, true)))
    .orderBy(asc(users.id), asc(events.at), asc(notifications.id));
  const byUser = new Map<number, Digest>();
  for (const r of rows) {
    const digest = byUser.get(r.userId) ?? { userId: r.userId, to: r.email, name: r.name, items: [], notificationIds: [] };
    byUser.set(r.userId, digest);
    digest.notificationIds.push(r.id);
    digest.items.push({ type: r.type, demandNumber: r.demandNumber, data: JSON.parse(r.data) as Record<string, unknown>, at: r.at });
  }
  return [...byUser.values()];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const dossierUrl = (appUrl: string, n: string) => `${appUrl}/dossiers/${encodeURIComponent(n)}`;

export function composeDigest(digest: Digest, appUrl: string) {
  const t = frServer.notifications;
  const shown = digest.items.slice(-DIGEST_MAX_ITEMS);
  const more = digest.items.length - shown.length;
  const lines = shown.map((item) => ({ text: `${formatDateTime(item.at)} — ${t.text(item.type, item.demandNumber, item.data)}`, url: item.demandNumber ? dossierUrl(appUrl, item.demandNumber) : null }));
  const settings = `${appUrl}/notifications`;
  const text = [
    t.digestIntro(digest.name),
    "",
    ...lines.map((l) => `- ${l.text}${l.url ? `\n  ${l.url}` : ""}`),
    ...(more ? ["", t.digestMore(more)] : []),
    "",
    t.digestOutro,
    settings,
  ].join("\n");
  const html = `<!doctype html><html lang="fr"><body style="font-family:system-ui,sans-serif;color:#0f172a">
<p>${escapeHtml(t.digestIntro(digest.name)).replace(/\n/g, "<br>")}</p>
<ul>${lines.map((l) => `<li>${l.url ? `<a href="${escapeHtml(l.url)}">${escapeHtml(l.text)}</a>` : escapeHtml(l.text)}</li>`).join("")}</ul>
${more ? `<p>${escapeHtml(t.digestMore(more))}</p>` : ""}
<p style="color:#475569">${escapeHtml(t.digestOutro)} <a href="${escapeHtml(settings)}">${escapeHtml(settings)}</a></p>
</body></html>`;
  return { subject: t.digestSubject(digest.items.length), text, html };
}

export interface Mailer {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

export interface MailFailure {
  since: string;
  error: string;
  attempts: number;
}

/** What an admin can read of a failure: the SMTP code or status, never a URL or a credential. */
function describe(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; command?: string };
  return [e.code, e.responseCode ? `SMTP ${e.responseCode}` : null, e.command].filter(Boolean).join(" ") || "erreur d'envoi";
}

export async function sendDigests(db: Db, mailer: Mailer, options: { from: string; appUrl: string; now?: () => Date }) {
  const now = options.now ?? (() => new Date());
  let sent = 0;
  let failed = 0;
  let lastError: string | null = null;
  for (const digest of await collectDigests(db)) {
    try {
      await mailer.sendMail({ from: options.from, to: digest.to, ...composeDigest(digest, options.appUrl) });
      await db.update(notifications).set({ email: "sent", emailedAt: now() }).where(inArray(notifications.id, digest.notificationIds));
      sent++;
    } catch (error) {
      failed++;
      lastError = describe(error);
    }
  }
  if (failed) {
    const previous = await mailFailure(db);
    const value: MailFailure = { since: previous?.since ?? now().toISOString(), error: lastError!, attempts: (previous?.attempts ?? 0) + 1 };
    await writeSetting(db, FAILURE_KEY, JSON.stringify(value));
    log.warn({ event: "mail.failed", failed }, frOps.log.mailFailed(failed, String(lastError)));
  } else if (sent) {
    await db.delete(appSettings).where(eq(appSettings.key, FAILURE_KEY));
  }
  return { sent, failed };
}

export async function mailFailure(db: Db): Promise<MailFailure | null> {
  const row = await readSetting(db, FAILURE_KEY);
  return row ? (JSON.parse(row) as MailFailure) : null;
}

export const pendingMailCount = async (db: Db) =>
  (await first(db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(notifications).where(eq(notifications.email, "pending"))))?.n ?? 0;
