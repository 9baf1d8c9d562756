// The e-mail digest through a real SMTP server: one message per person, in French, with a link per dossier;
// a refused message stays pending, is shown to admins, and goes at the next round.
import nodemailer from "nodemailer";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { notificationPrefs, notifications } from "@/db/schema";
import { collectDigests, composeDigest, DIGEST_MAX_ITEMS, mailFailure, sendDigests } from "@/lib/notifications/digest";
import { listNotifications } from "@/lib/notifications/inbox";
import { produceEvent } from "@/lib/notifications/produce";
import { freshDatabase, insertUser } from "../support/database";
import { startSmtpSink } from "../support/smtp-sink";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeEach(async () => {
  sink = await startSmtpSink();
  database = await freshDatabase();
});
afterEach(() => sink.close());

const APP = "https://atelier.centre.test";
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 27, 9, minutes));

async function news(count: number, offset = 0) {
  for (let k = offset; k < offset + count; k++) {
    await produceEvent(database.db, { type: k % 2 ? "quote_answered" : "dossier_new", demandNumber: `RDC-5001-${String(k).padStart(4, "0")}`, changeKey: `test:${k}`, data: k % 2 ? { status: "VDE" } : { status: "RMAD" }, at: at(k), audience: { all: true } });
  }
}

describe("e-mail digest", () => {
  it("sends one message per person who wants e-mail, grouping all their news, with French subject, text, HTML and links", async () => {
    const [tech, manager] = [await insertUser(database.db, "technician", "theo@centre.test"), await insertUser(database.db, "manager", "manon@centre.test")];
    await insertUser(database.db, "admin", "adele@centre.test"); // in the app only (the default): no e-mail
    for (const type of ["dossier_new", "quote_answered"] as const) {
      (await database.db.insert(notificationPrefs).values([{ userId: tech.id, type, channel: "email" }, { userId: manager.id, type, channel: "both" }]));
    }
    await news(3);
    const result = await sendDigests(database.db, nodemailer.createTransport(sink.url), { from: "Atelier <atelier@centre.test>", appUrl: APP });
    expect(result).toEqual({ sent: 2, failed: 0 });
    expect(sink.received.map((m) => [m.to && "text" in m.to ? m.to.text : null, m.subject]).sort()).toEqual([
      ["manon@centre.test", "Atelier : 3 nouveautés sur vos dossiers"],
      ["theo@centre.test", "Atelier : 3 nouveautés sur vos dossiers"],
    ]);
    const mail = sink.received.find((m) => m.subject && m.text?.includes("Bonjour Nom technician"))!;
    expect(mail.text).toContain("Nouveau dossier RDC-5001-0000 à accepter");
    expect(mail.text).toContain("Devis accepté par le revendeur sur RDC-5001-0001 (VDE)");
    const links = [...(mail.html as string).matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([`${APP}/dossiers/RDC-5001-0000`, `${APP}/dossiers/RDC-5001-0001`, `${APP}/dossiers/RDC-5001-0002`, `${APP}/notifications`]);
    // Sent once: the next round has nothing to say.
    expect(await sendDigests(database.db, nodemailer.createTransport(sink.url), { from: "atelier@centre.test", appUrl: APP })).toEqual({ sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(2);
  });

  it("keeps what a refusing server did not take, tells admins, and sends it all at the next round", async () => {
    const tech = await insertUser(database.db, "technician", "theo@centre.test");
    (await database.db.insert(notificationPrefs).values({ userId: tech.id, type: "dossier_new", channel: "both" }));
    await news(1);
    sink.refuse(true);
    expect(await sendDigests(database.db, nodemailer.createTransport(sink.url), { from: "atelier@centre.test", appUrl: APP })).toEqual({ sent: 0, failed: 1 });
    expect(await mailFailure(database.db)).toMatchObject({ attempts: 1, error: expect.stringContaining("452") });
    await news(1, 2);
    sink.refuse(false);
    expect(await sendDigests(database.db, nodemailer.createTransport(sink.url), { from: "atelier@centre.test", appUrl: APP })).toEqual({ sent: 1, failed: 0 });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.subject).toBe("Atelier : 2 nouveautés sur vos dossiers");
    expect(await mailFailure(database.db)).toBeNull();
    expect((await database.db.select().from(notifications).where(eq(notifications.email, "pending")))).toEqual([]);
  });

  it("lists at most 50 items in one message and counts the rest; platform text is escaped in the HTML", async () => {
    const tech = await insertUser(database.db, "technician", "theo@centre.test");
    (await database.db.insert(notificationPrefs).values({ userId: tech.id, type: "dossier_new", channel: "email" }));
    for (let k = 0; k < 60; k++) await produceEvent(database.db, { type: "dossier_new", demandNumber: k === 59 ? "<b>X</b>" : `N-${k}`, changeKey: `t:${k}`, at: at(k), audience: { all: true } });
    const [digest] = await collectDigests(database.db);
    expect(digest!.notificationIds).toHaveLength(60);
    const message = composeDigest(digest!, APP);
    expect(message.text.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(DIGEST_MAX_ITEMS);
    expect(message.text).toContain("… et 10 autres, à voir dans Atelier.");
    expect(message.html).toContain("&lt;b&gt;X&lt;/b&gt;");
    expect(message.html).not.toContain("<b>X</b>");
  });
});

describe("inbox", () => {
  it("lists 50 a page, newest first, and counts them all", async () => {
    const tech = await insertUser(database.db, "technician", "theo@centre.test");
    await news(60);
    const first = await listNotifications(database.db, tech.id, 1);
    const second = await listNotifications(database.db, tech.id, 2);
    expect([first.items.length, second.items.length, first.total]).toEqual([50, 10, 60]);
    expect(first.items[0]!.demandNumber).toBe("RDC-5001-0059");
    expect(second.items.at(-1)!.demandNumber).toBe("RDC-5001-0000");
  });
});
