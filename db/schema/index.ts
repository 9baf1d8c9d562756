// The tables of the engine this process runs on. Their types are SQLite's (one set for the whole data
// layer); on PostgreSQL the objects are db/pg/schema's twins, which answer the same builder calls.
import { usesPostgres } from "../engine";
import * as postgres from "../pg/schema";
import * as sqlite from "./sqlite";

// Constants, zod schemas and row types, whatever the engine (the tables below take precedence).
export * from "./sqlite";

const active = (usesPostgres() ? postgres : sqlite) as unknown as typeof sqlite;

export const { appSettings, deadlineRules, flatFees, indicatorFacts, indicatorSums, locations, locationMoves, shipmentItems, centres, dossierCounts, dossierDueCounts, auditLog, dossiers, loginAttempts, notes, events, notifications, notificationPrefs, outbox, uploads, pushSignatures, quarantine, quoteNumbers, priceList, suppliers, partOrderNumbers, partOrders, partLines, stockMovements, quotes, statusHistory, syncState, userViews, users } = active;
export * from "./deadlines";
export * from "./locations";
export * from "./indicator-figures";
