// The simulator's state, in its own SQLite file so that it survives restarts.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { SIM_STATUS_LABELS, type SimDossier } from "./vocabulary";

export interface StoredDossier {
  record: SimDossier;
  /** Set by demands/accept; PAD dossiers with an agreement number need not be accepted (3.5). */
  accepted: boolean;
}

export interface StoredDocument {
  id: number;
  demandNumber: string;
  type: string;
  fileName: string;
  contentBase64: string;
  createdAt: string;
}

export interface HistoryEntry {
  status: string;
  comment: string | null;
  by: "seed" | "centre" | "revendeur";
  at: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS dossiers (
  demand_number TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  accepted INTEGER NOT NULL DEFAULT 0,
  record TEXT NOT NULL,
  seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS dossiers_status ON dossiers(status, seq);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  demand_number TEXT NOT NULL,
  type TEXT NOT NULL,
  file_name TEXT NOT NULL,
  content TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_dossier ON documents(demand_number);
CREATE TABLE IF NOT EXISTS quotes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  demand_number TEXT NOT NULL,
  quote_number TEXT NOT NULL,
  lines TEXT NOT NULL,
  comment TEXT,
  created_at TEXT NOT NULL,
  answered INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  demand_number TEXT NOT NULL,
  author TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  answered INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  demand_number TEXT NOT NULL,
  status TEXT NOT NULL,
  comment TEXT,
  by TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_dossier ON history(demand_number);
CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  route TEXT NOT NULL,
  query TEXT NOT NULL,
  body TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS received (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  route TEXT NOT NULL,
  demand_number TEXT NOT NULL,
  fault TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS applied (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  route TEXT NOT NULL,
  demand_number TEXT NOT NULL,
  detail TEXT NOT NULL
);
`;

/** Requests kept for inspection (the tests read what went over the wire); older ones are dropped. */
const KEPT_REQUESTS = 500;

/** Date as the platform writes it: "2021-09-22 09:45:17" (local time of the server). */
export function platformDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Moves a record to a status with the annex's label, as the platform's replies show it. */
export function setStatus(record: SimDossier, code: string, comment: string | null) {
  record.current_status_code = code;
  record.current_status_label = SIM_STATUS_LABELS[code] ?? null;
  record.current_status_comment = comment || null;
}

export type SimStore = ReturnType<typeof openStore>;

/** `firstSeq`: where the dossiers' numbering starts (a second platform, in tests, numbers apart from the first). */
export function openStore(path: string, firstSeq = 1) {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec(SCHEMA);
  // Files made before quotes and messages knew whether they were answered.
  for (const table of ["quotes", "messages"]) {
    const columns = db.prepare<[], { name: string }>(`PRAGMA table_info(${table})`).all();
    if (!columns.some((c) => c.name === "answered")) db.exec(`ALTER TABLE ${table} ADD COLUMN answered INTEGER NOT NULL DEFAULT 0`);
  }

  const q = {
    get: db.prepare<[string], { record: string; accepted: number }>("SELECT record, accepted FROM dossiers WHERE demand_number = ?"),
    byStatus: db.prepare<[string], { record: string }>("SELECT record FROM dossiers WHERE status = ? ORDER BY seq"),
    count: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM dossiers"),
    maxSeq: db.prepare<[], { n: number | null }>("SELECT max(seq) AS n FROM dossiers"),
    insert: db.prepare("INSERT INTO dossiers (demand_number, status, accepted, record, seq) VALUES (?, ?, ?, ?, ?)"),
    update: db.prepare("UPDATE dossiers SET status = ?, accepted = ?, record = ? WHERE demand_number = ?"),
    addDocument: db.prepare("INSERT INTO documents (demand_number, type, file_name, content, created_at) VALUES (?, ?, ?, ?, ?)"),
    documents: db.prepare<[string], { id: number; demand_number: string; type: string; file_name: string; content: string; created_at: string }>(
      "SELECT * FROM documents WHERE demand_number = ? ORDER BY id",
    ),
    addQuote: db.prepare("INSERT INTO quotes (demand_number, quote_number, lines, comment, created_at) VALUES (?, ?, ?, ?, ?)"),
    addMessage: db.prepare("INSERT INTO messages (demand_number, author, text, created_at) VALUES (?, ?, ?, ?)"),
    openQuote: db.prepare<[string], { id: number }>("SELECT id FROM quotes WHERE demand_number = ? AND answered = 0 ORDER BY id DESC LIMIT 1"),
    answerQuotes: db.prepare("UPDATE quotes SET answered = 1 WHERE demand_number = ?"),
    openMessage: db.prepare<[string], { id: number }>("SELECT id FROM messages WHERE demand_number = ? AND author = 'centre' AND answered = 0 ORDER BY id DESC LIMIT 1"),
    answerMessages: db.prepare("UPDATE messages SET answered = 1 WHERE demand_number = ? AND author = 'centre'"),
    quotes: db.prepare<[string], { quote_number: string; lines: string; comment: string | null }>("SELECT quote_number, lines, comment FROM quotes WHERE demand_number = ? ORDER BY id"),
    messages: db.prepare<[string], { author: string; text: string }>("SELECT author, text FROM messages WHERE demand_number = ? ORDER BY id"),
    addHistory: db.prepare("INSERT INTO history (demand_number, status, comment, by, at) VALUES (?, ?, ?, ?, ?)"),
    history: db.prepare<[string], HistoryEntry>("SELECT status, comment, by, at FROM history WHERE demand_number = ? ORDER BY id"),
    allHistory: db.prepare<[], { demand_number: string; status: string; by: string; at: string }>("SELECT demand_number, status, by, at FROM history ORDER BY id"),
    allQuotes: db.prepare<[], { demand_number: string; quote_number: string; lines: string; created_at: string }>("SELECT demand_number, quote_number, lines, created_at FROM quotes ORDER BY id"),
    addToken: db.prepare("INSERT INTO tokens (token, expires_at) VALUES (?, ?)"),
    token: db.prepare<[string], { expires_at: number }>("SELECT expires_at FROM tokens WHERE token = ?"),
    logRequest: db.prepare("INSERT INTO requests (route, query, body, at) VALUES (?, ?, ?, ?)"),
    trimRequests: db.prepare(`DELETE FROM requests WHERE id <= (SELECT max(id) FROM requests) - ${KEPT_REQUESTS}`),
    requests: db.prepare<[string, string, number], { route: string; query: string; body: string; at: string }>(
      "SELECT route, query, body, at FROM requests WHERE (? = '' OR route = ?) ORDER BY id DESC LIMIT ?",
    ),
    logApplied: db.prepare("INSERT INTO applied (route, demand_number, detail) VALUES (?, ?, ?)"),
    logReceived: db.prepare("INSERT INTO received (route, demand_number, fault) VALUES (?, ?, ?)"),
    received: db.prepare<[string], { route: string; fault: string }>("SELECT route, fault FROM received WHERE demand_number = ? ORDER BY id"),
    applied: db.prepare<[string, string], { id: number; route: string; demand_number: string; detail: string }>(
      "SELECT id, route, demand_number, detail FROM applied WHERE (? = '' OR demand_number = ?) ORDER BY id",
    ),
    getMeta: db.prepare<[string], { value: string }>("SELECT value FROM meta WHERE key = ?"),
    setMeta: db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
  };

  const store = {
    db,
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    count: () => q.count.get()?.n ?? 0,
    nextSeq: () => (q.maxSeq.get()?.n ?? firstSeq - 1) + 1,
    get(demandNumber: string): StoredDossier | null {
      const row = q.get.get(demandNumber);
      return row ? { record: JSON.parse(row.record) as SimDossier, accepted: row.accepted === 1 } : null;
    },
    atStatus: (status: string): SimDossier[] => q.byStatus.all(status).map((row) => JSON.parse(row.record) as SimDossier),
    insert(dossier: StoredDossier, seq: number) {
      q.insert.run(dossier.record.demand_number, dossier.record.current_status_code, dossier.accepted ? 1 : 0, JSON.stringify(dossier.record), seq);
    },
    save(dossier: StoredDossier) {
      q.update.run(dossier.record.current_status_code, dossier.accepted ? 1 : 0, JSON.stringify(dossier.record), dossier.record.demand_number);
    },
    addDocument(demandNumber: string, type: string, fileName: string, contentBase64: string, at: Date) {
      q.addDocument.run(demandNumber, type, fileName, contentBase64, platformDate(at));
    },
    documents: (demandNumber: string): StoredDocument[] =>
      q.documents.all(demandNumber).map((r) => ({ id: r.id, demandNumber: r.demand_number, type: r.type, fileName: r.file_name, contentBase64: r.content, createdAt: r.created_at })),
    addQuote(demandNumber: string, quoteNumber: string, lines: unknown, comment: string | null, at: Date) {
      q.addQuote.run(demandNumber, quoteNumber, JSON.stringify(lines), comment, platformDate(at));
    },
    addMessage(demandNumber: string, author: "centre" | "revendeur", text: string, at: Date) {
      q.addMessage.run(demandNumber, author, text, platformDate(at));
    },
    /** A quote the reseller has not answered yet, whatever the status shows. */
    hasOpenQuote: (demandNumber: string) => q.openQuote.get(demandNumber) !== undefined,
    closeQuotes: (demandNumber: string) => q.answerQuotes.run(demandNumber),
    /** A centre's message the reseller has not answered yet. */
    hasOpenMessage: (demandNumber: string) => q.openMessage.get(demandNumber) !== undefined,
    closeMessages: (demandNumber: string) => q.answerMessages.run(demandNumber),
    quotes: (demandNumber: string) => q.quotes.all(demandNumber).map((r) => ({ quoteNumber: r.quote_number, lines: JSON.parse(r.lines) as unknown, comment: r.comment })),
    messages: (demandNumber: string) => q.messages.all(demandNumber),
    addHistory(demandNumber: string, entry: HistoryEntry) {
      q.addHistory.run(demandNumber, entry.status, entry.comment, entry.by, entry.at);
    },
    history: (demandNumber: string): HistoryEntry[] => q.history.all(demandNumber),
    addToken: (token: string, expiresAt: number) => q.addToken.run(token, expiresAt),
    tokenExpiry: (token: string): number | null => q.token.get(token)?.expires_at ?? null,
    revokeTokens: () => db.exec("DELETE FROM tokens"),
    logRequest(route: string, query: Record<string, string>, body: unknown, at: Date) {
      q.logRequest.run(route, JSON.stringify(query), JSON.stringify(body ?? null), at.toISOString());
      q.trimRequests.run();
    },
    requests(route: string, limit: number) {
      return q.requests.all(route, route, limit).map((r) => ({ route: r.route, query: JSON.parse(r.query), body: JSON.parse(r.body), at: r.at }));
    },
    /** Every write the simulator carried out, in order: the tests' ground truth for "exactly once". */
    logApplied: (route: string, demandNumber: string, detail: string) => q.logApplied.run(route, demandNumber, detail),
    /** Every write request that arrived, with the fault that answered it before it was applied ("" for none). */
    logReceived: (route: string, demandNumber: string, fault: string) => q.logReceived.run(route, demandNumber, fault),
    received: (demandNumber: string) => q.received.all(demandNumber),
    applied: (demandNumber = "") => q.applied.all(demandNumber, demandNumber).map((r) => ({ id: r.id, route: r.route, demandNumber: r.demand_number, detail: r.detail })),
    getMeta: (key: string): string | null => q.getMeta.get(key)?.value ?? null,
    /** Everything that happened, with its dates: what a centre's own records of the same dossiers would hold. */
    story: () => ({ history: q.allHistory.all(), quotes: q.allQuotes.all().map((r) => ({ ...r, lines: JSON.parse(r.lines) as unknown })) }),
    setMeta: (key: string, value: string) => q.setMeta.run(key, value),
    wipe() {
      db.exec("DELETE FROM dossiers; DELETE FROM documents; DELETE FROM quotes; DELETE FROM messages; DELETE FROM history; DELETE FROM requests; DELETE FROM meta; DELETE FROM applied; DELETE FROM received;");
    },
    close: () => db.close(),
  };
  return store;
}
