import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { quotes } from "@/db/schema";
import { toCsv } from "@/lib/activity/csv";
import { submitAction } from "@/lib/submit/submit-action";
import { listQuotes } from "@/lib/quotes/list-quotes";
import { median, quoteStats, weeklySeries } from "@/lib/quotes/quote-stats";
import { treatmentOf } from "@/lib/quotes/record-answer";
import { runSync } from "@/lib/sync/run-sync";
import { outboxWorld } from "../support/outbox";

const h = (n: number) => new Date(Date.UTC(2026, 10, 2) + n * 3_600_000);

describe("quote figures", () => {
  it("counts, acceptance rate on answered quotes, accepted amount in cents, median time to answer", async () => {
    const stats = quoteStats([
      { totalCents: 15845, sentAt: h(0), answer: "VDE", answeredAt: h(10) },
      { totalCents: 10000, sentAt: h(0), answer: "RDE", answeredAt: h(30) },
      { totalCents: 4990, sentAt: h(5), answer: "VDE", answeredAt: h(7) },
      { totalCents: 99999, sentAt: h(6), answer: null, answeredAt: null },
    ]);
    expect(stats).toEqual({ sent: 4, answered: 3, accepted: 2, acceptanceRate: 2 / 3, amountAcceptedCents: 20835, medianHoursToAnswer: 10 });
  });

  it("has no rate nor median before any answer", async () => {
    expect(quoteStats([{ totalCents: 1, sentAt: h(0), answer: null, answeredAt: null }])).toMatchObject({ acceptanceRate: null, medianHoursToAnswer: null });
    expect(median([])).toBeNull();
    expect(median([1, 3, 2, 10])).toBe(2.5);
  });

  it("groups quotes per week for the chart", async () => {
    const series = weeklySeries([
      { totalCents: 1, sentAt: new Date(2026, 10, 2, 9), answer: "VDE", answeredAt: null },
      { totalCents: 1, sentAt: new Date(2026, 10, 8, 18), answer: "RDE", answeredAt: null },
      { totalCents: 1, sentAt: new Date(2026, 10, 9, 8), answer: null, answeredAt: null },
    ]);
    expect(series.map((s) => [s.sent, s.accepted, s.refused])).toEqual([[2, 1, 1], [1, 0, 0]]);
  });

  it("reads RETURN or DESTRUCT from the field, else from the comment", async () => {
    expect(treatmentOf("DESTRUCT", null)).toBe("DESTRUCT");
    expect(treatmentOf(null, "Devis refusé : produit à retourner (RETURN)")).toBe("RETURN");
    expect(treatmentOf("", "produit à détruire")).toBe("DESTRUCT");
    expect(treatmentOf(null, null)).toBeNull();
  });

  it("writes CSV a French spreadsheet opens with its accents", async () => {
    const csv = toCsv(["Qui", "Détail"], [["Hélène", 'dit "oui"; puis non']]);
    expect(csv.startsWith("\uFEFFQui;Détail\r\n")).toBe(true);
    expect(csv).toContain('Hélène;"dit ""oui""; puis non"');
  });
});

describe("quote answers from the sync", () => {
  let world: Awaited<ReturnType<typeof outboxWorld>> | undefined;
  afterEach(() => world?.close());

  it("records VDE, and RDE with its treatment, on the quote Atelier sent", async () => {
    world = await outboxWorld();
    const w = world;
    const iexp = (await w.db.select().from((await import("@/db/schema")).dossiers)).filter((d) => (d.statusCode === "IEXP" || d.statusCode === "D") && d.type === "REP");
    const send = (n: string, q: string) =>
      submitAction({ ctx: w.ctx(), deps: w.deps, input: { requestId: randomUUID(), demandNumber: n, command: { kind: "quotation", payload: { quoteNumber: q, lines: [{ label: "Pièce", quantity: 1, unitPriceCents: 5000 }] } } } });
    await send(iexp[0]!.demandNumber, "Q1");
    await send(iexp[1]!.demandNumber, "Q2");
    await w.sim.control(`/dossiers/${iexp[0]!.demandNumber}/quote-answer`, { answer: "VDE" });
    await w.sim.control(`/dossiers/${iexp[1]!.demandNumber}/quote-answer`, { answer: "RDE", treatment: "DESTRUCT" });
    await runSync({ db: w.db, client: w.sim.client, concurrency: 4 });
    const rows = await listQuotes(w.db, {});
    expect(rows.map((r) => [r.quoteNumber, r.answer, r.treatment, r.currentStatus]).sort()).toEqual([
      ["Q1", "VDE", null, "VDE"],
      ["Q2", "RDE", "DESTRUCT", "RDE"],
    ]);
    expect((await listQuotes(w.db, { answer: "DESTRUCT" })).map((r) => r.quoteNumber)).toEqual(["Q2"]);
    expect((await w.db.select().from(quotes)).every((q) => q.answeredAt instanceof Date)).toBe(true);
  });
});
