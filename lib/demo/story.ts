import "server-only";
// Simulator mode only: Atelier's own records of the demo dossiers, as a centre that has used Atelier for
// ten weeks would hold them: the dated history, the quotes it sent (lines, answers, delays), notes from
// different people, assignments, a few commands waiting for a decision, the activity log and recent
// notifications. Every row is marked demo; the story is made again when the simulator is reset (its
// seed's reference date changes), after the sync that brought the new dossiers.
import { refreshDerived } from "@/lib/dossiers/derived";
import { writeDemoDeadlineRules } from "./deadline-rules";
import { writeDemoLocations } from "./locations";
import { and, eq, inArray, isNull, lt } from "drizzle-orm";
import { first, type Db } from "@/db";
import { readSetting, writeSetting } from "@/lib/settings";
import { auditLog, dossiers, events, notes, notifications, outbox, quotes, statusHistory, users } from "@/db/schema";
import type { Tx } from "@/lib/context";
import { parsePlatformDate } from "@/lib/dossiers/platform-date";
import { CLOSED_STATUSES } from "@/lib/dossiers/phases";
import { publish } from "@/lib/live/bus";
import { wirePriceToCents } from "@/lib/money";
import { produceEvent } from "@/lib/notifications/produce";
import { startOfWeek } from "@/lib/home/today";
import { treatmentOf } from "@/lib/workflows/treatment";
import { DEMO_USERS } from "@/lib/auth/demo-accounts";
import { frDemo } from "@/lib/i18n/fr-demo";
import { wipeDemoParts, writeDemoParts } from "./parts-story";

export interface SimulatorStory {
  reference: string | null;
  history: Array<{ demand_number: string; status: string; by: string; at: string }>;
  quotes: Array<{ demand_number: string; quote_number: string; lines: unknown; created_at: string }>;
}

const REFERENCE_KEY = "demo.reference";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOTES = frDemo.notes;
const ASSIGNABLE = ["D", "IEXP", "EDE", "VDE", "REPPROG", "CMDPART", "INTWAIT", "INTDATEOK", "PRRE", "INFSTT", "INFREV"];
const CENTRE_STATUSES = new Set(["D", "IEXP", "EDE", "REPPROG", "CMDPART", "INTWAIT", "INTDATEOK", "PRRE", "PRIR", "PRHG", "AVRC", "AVRF", "RPLPR", "RPR", "INFSTT", "ATTEXP"]);

// The simulator writes every date as the platform does ("2021-09-22 09:45:17").
const dateOf = (text: string) => parsePlatformDate(text) ?? new Date(text);

/** Dossier numbers a few hundred at a time: SQLite bounds the parameters of one statement. */
async function inBatches(numbers: string[], run: (batch: string[]) => Promise<unknown>) {
  for (let i = 0; i < numbers.length; i += 500) await run(numbers.slice(i, i + 500));
}

/** Wipes every demo row, and the assignments of the demo's dossiers (all of which the demo made). */
export async function wipeDemo(tx: Tx, demoDossiers: string[]) {
  for (const table of [events, quotes, notes, auditLog, outbox, statusHistory]) await tx.delete(table).where(eq(table.demo, true));
  await wipeDemoParts(tx);
  await inBatches(demoDossiers, (batch) => tx.update(dossiers).set({ assignedTo: null }).where(inArray(dossiers.demandNumber, batch)));
}

const storedReference = async (db: Db) => (await readSetting(db, REFERENCE_KEY)) ?? null;

/** Makes the story for this reference, once. False when it already exists or the mirror is still empty. */
export async function writeDemoStory(db: Db, story: SimulatorStory, now = new Date()): Promise<boolean> {
  if (!story.reference) return false;
  if ((await storedReference(db)) === story.reference) return false;
  // Only the simulator's own dossiers: a mirror may hold others (a benchmark's generated ones).
  const known = new Set(story.history.map((h) => h.demand_number));
  const mirror = new Map(
    (
      await db
        .select({ n: dossiers.demandNumber, status: dossiers.statusCode, created: dossiers.createdAt, quoteTreatment: dossiers.quoteTreatment, comment: dossiers.statusComment })
        .from(dossiers)
    )
      .filter((d) => known.has(d.n))
      .map((d) => [d.n, d]),
  );
  if (!mirror.size) return false;
  const people = Object.fromEntries(
    await Promise.all(Object.entries(DEMO_USERS).map(async ([role, u]) => [role, await first(db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, u.email)))])),
  ) as Record<keyof typeof DEMO_USERS, { id: number; name: string } | undefined>;
  const tech = people.technician;
  const manager = people.manager;
  if (!tech || !manager) return false;

  // The platform's past, per dossier, with its dates.
  const history = new Map<string, Array<{ status: string; by: string; at: Date }>>();
  for (const h of story.history) {
    if (!mirror.has(h.demand_number)) continue;
    const list = history.get(h.demand_number) ?? [];
    list.push({ status: h.status, by: h.by, at: dateOf(h.at) });
    history.set(h.demand_number, list);
  }
  const tenWeeksAgo = now.getTime() - 70 * DAY;
  const sentQuotes = story.quotes
    .filter((q) => mirror.has(q.demand_number))
    .map((q) => ({ ...q, sentAt: dateOf(q.created_at) }))
    .filter((q) => q.sentAt.getTime() >= tenWeeksAgo)
    .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());

  // A manager opening the demo on any day but early Monday sees this week's quotes: the latest few are
  // moved into the week, with the rest of their dossier's history, never past now.
  const weekStart = startOfWeek(now).getTime();
  let moved = sentQuotes.filter((q) => q.sentAt.getTime() >= weekStart).length;
  for (const q of [...sentQuotes].reverse()) {
    if (moved >= 4) break;
    const entries = history.get(q.demand_number) ?? [];
    const tail = Math.max(0, ...entries.map((e) => e.at.getTime() - q.sentAt.getTime()));
    const target = now.getTime() - tail - (moved + 1) * 3 * HOUR;
    if (target < weekStart || target <= q.sentAt.getTime()) continue;
    const delta = target - q.sentAt.getTime();
    for (const e of entries) if (e.at.getTime() >= q.sentAt.getTime()) e.at = new Date(e.at.getTime() + delta);
    q.sentAt = new Date(target);
    moved++;
  }

  await db.transaction(async (tx) => {
    await wipeDemo(tx, [...mirror.keys()]);
    const audit = (at: Date, who: { id: number; name: string }, action: string, n: string | null, summary: Record<string, unknown>) =>
      tx.insert(auditLog).values({ at, userId: who.id, userName: who.name, dossierNumber: n, action, summary: JSON.stringify(summary), outcome: "ok", demo: true });

    // History with its real dates: replaces the rows of the first sync, which could only say "seen now".
    await inBatches([...history.keys()], (batch) =>
      tx.delete(statusHistory).where(and(inArray(statusHistory.demandNumber, batch), eq(statusHistory.source, "sync"), isNull(statusHistory.oldStatus), eq(statusHistory.demo, false))),
    );
    let i = 0;
    for (const [n, entries] of history) {
      let previous: string | null = null;
      for (const e of entries) {
        await tx.insert(statusHistory).values({ demandNumber: n, oldStatus: previous, newStatus: e.status, at: e.at, source: "sync", demo: true });
        if (e.by !== "revendeur" && CENTRE_STATUSES.has(e.status)) await audit(e.at, i++ % 3 === 0 ? manager : tech, "dossier.status", n, { statusCode: e.status });
        if (e.status === "RMAOK") await audit(e.at, manager, "dossier.accept", n, { agreementNumber: "…" });
        previous = e.status;
      }
      const last = entries.at(-1);
      if (last && last.status === mirror.get(n)!.status) await tx.update(dossiers).set({ statusChangedAt: last.at }).where(eq(dossiers.demandNumber, n));
    }
    // The demo centre's deadline rules and places.
    await writeDemoDeadlineRules(tx, now);
    await writeDemoLocations(tx, tech, now);

    // The quotes Atelier "sent", with the reseller's answer and its delay.
    for (const [k, q] of sentQuotes.entries()) {
      const lines = (q.lines as Array<{ label_prestation: string; quantity: string; price: string }>).map((l) => ({ label: l.label_prestation, quantity: Number(l.quantity), unitPriceCents: wirePriceToCents(l.price) }));
      const answer = (history.get(q.demand_number) ?? []).find((e) => (e.status === "VDE" || e.status === "RDE") && e.at.getTime() >= q.sentAt.getTime());
      const d = mirror.get(q.demand_number)!;
      await tx
        .insert(quotes)
        .values({
          demandNumber: q.demand_number,
          quoteNumber: q.quote_number,
          lines: JSON.stringify(lines),
          totalCents: lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0),
          comment: null,
          sentAt: q.sentAt,
          sentBy: k % 2 ? tech.id : manager.id,
          answer: (answer?.status as "VDE" | "RDE" | undefined) ?? null,
          treatment: answer?.status === "RDE" ? treatmentOf(d.quoteTreatment, d.comment) : null,
          answeredAt: answer?.at ?? null,
          demo: true,
        });
      await audit(q.sentAt, k % 2 ? tech : manager, "dossier.quotation", q.demand_number, { quoteNumber: q.quote_number, lines: lines.length });
    }

    // Who has what: the open dossiers of the workshop, most to the technician.
    const open = [...mirror.values()].filter((d) => ASSIGNABLE.includes(d.status)).sort((a, b) => a.n.localeCompare(b.n));
    for (const [k, d] of open.entries()) {
      if (k % 5 === 4) continue;
      const who = k % 5 === 3 ? manager : tech;
      await tx.update(dossiers).set({ assignedTo: who.id }).where(eq(dossiers.demandNumber, d.n));
      await audit(new Date(now.getTime() - ((k % 9) + 1) * 5 * HOUR), manager, "dossier.assign", d.n, { userId: who.id });
    }
    // Their deadlines and figures, from the history and the hands they now have.
    await refreshDerived(tx, [...mirror.keys()]);

    // Notes by different people, the latest of them today.
    const noted = [...mirror.values()].filter((d) => !CLOSED_STATUSES.includes(d.status)).sort((a, b) => a.n.localeCompare(b.n)).filter((_, k) => k % 9 === 0).slice(0, 24);
    for (const [k, d] of noted.entries()) {
      const who = k % 3 === 2 ? manager : tech;
      const at = new Date(Math.max(d.created?.getTime() ?? 0, now.getTime() - (k + 1) * 7 * HOUR));
      await tx.insert(notes).values({ demandNumber: d.n, authorId: who.id, body: NOTES[k % NOTES.length]!, createdAt: at, demo: true });
      await audit(at, who, "note.add", d.n, {});
    }

    // Commands waiting for a person: two refused, one whose outcome only RMA Manager can tell.
    const pick = (statuses: string[], skip: number) => [...mirror.values()].filter((d) => statuses.includes(d.status)).sort((a, b) => a.n.localeCompare(b.n))[skip];
    const waiting: Array<[ReturnType<typeof pick>, "status" | "message", Record<string, unknown>, "failed" | "review"]> = [
      [pick(["IEXP"], 1), "status", { statusCode: "PRRE", comment: "" }, "failed"],
      [pick(["REPPROG", "CMDPART"], 1), "status", { statusCode: "RPR", comment: "" }, "failed"],
      [pick(["AVRC", "AVRF", "RPR"], 2), "message", { message: frDemo.message }, "review"],
    ];
    for (const [k, [d, kind, payload, state]] of waiting.entries()) {
      if (!d) continue;
      const at = new Date(now.getTime() - (k + 2) * 4 * HOUR);
      const [row] = await tx
        .insert(outbox)
        .values({
          requestId: `demo-${story.reference}-${k}`,
          demandNumber: d.n,
          kind,
          payload: JSON.stringify(payload),
          state,
          sendAttempts: 1,
          nextAttemptAt: at,
          lastErrorCode: state === "failed" ? "refused" : "no_trace",
          errorDetail: state === "failed" ? JSON.stringify({ kind: "refused", httpStatus: 200, platformMessage: frDemo.refusal, nonJson: false }) : JSON.stringify({ kind: "timeout", httpStatus: null, platformMessage: null, nonJson: false }),
          firstSentAt: at,
          lastSentAt: at,
          createdBy: tech.id,
          createdAt: at,
          demo: true,
        })
        .returning({ id: outbox.id });
      await produceEvent(tx, { type: "command_attention", demandNumber: d.n, changeKey: `demo:${story.reference}:command:${row!.id}`, data: { commandId: row!.id, kind, state }, at, audience: { userIds: [tech.id], managers: true }, demo: true });
    }

    // The last days' news: new dossiers, answers, as notifications (the older ones read).
    const recent = [...history].flatMap(([n, entries]) => entries.map((e) => ({ n, ...e }))).filter((e) => now.getTime() - e.at.getTime() < 5 * DAY);
    for (const e of recent.sort((a, b) => a.at.getTime() - b.at.getTime())) {
      const type = e.status === "RMAD" ? "dossier_new" : e.status === "VDE" || e.status === "RDE" ? "quote_answered" : e.status === "INFREV" ? "info_answered" : null;
      if (!type) continue;
      const d = mirror.get(e.n)!;
      await produceEvent(tx, { type, demandNumber: e.n, changeKey: `demo:${story.reference}:${e.n}:${e.status}`, data: { status: e.status, treatment: e.status === "RDE" ? treatmentOf(d.quoteTreatment, d.comment) : null }, at: e.at, audience: { all: true }, demo: true });
    }
    await tx
      .update(notifications)
      .set({ readAt: now })
      .where(and(isNull(notifications.readAt), inArray(notifications.eventId, tx.select({ id: events.id }).from(events).where(and(eq(events.demo, true), lt(events.at, new Date(now.getTime() - 2 * DAY)))))));

    await writeDemoParts(tx, new Map([...mirror].map(([n, d]) => [n, d.status])), { tech, manager }, now);
    await writeSetting(tx, REFERENCE_KEY, story.reference!);
  });
  publish(["*"]);
  return true;
}

/** Reads the simulator's story (its control route) and writes Atelier's side of it when it is new. */
export async function ensureDemoStory(db: Db, simulatorOrigin: string, now = new Date()) {
  // The simulator's control prefix; lib/ does not import the simulator's code. After every sync: the
  // seed's reference first (a few bytes), the whole story only when it is not the one already written.
  const control = async <T>(path: string) => {
    const response = await fetch(`${simulatorOrigin}/_sim${path}`, { cache: "no-store", signal: AbortSignal.timeout(10_000) });
    return response.ok ? ((await response.json()) as { data: T }).data : null;
  };
  const health = await control<{ reference: string | null }>("/health");
  if (!health?.reference || (await storedReference(db)) === health.reference) return false;
  const story = await control<SimulatorStory>("/story");
  return story ? writeDemoStory(db, story, now) : false;
}
