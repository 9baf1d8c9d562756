// What the migrations promise an operator: a database made by a newer release is never opened by older code
// (its tables would be read wrong and written worse), and a migration that fails leaves the database as it
// was (drizzle applies the pending ones in one transaction; a failure rolls them all back) and stops the app
// with a message saying so.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The applied migrations are newer than the newest this code knows: a later release made this database. */
export class DatabaseNewerThanCode extends Error {
  constructor(readonly appliedAt: number, readonly knownAt: number) {
    super(`database migrated by a newer release (last migration ${new Date(appliedAt).toISOString()}, this code knows up to ${new Date(knownAt).toISOString()})`);
    this.name = "DatabaseNewerThanCode";
  }
}

/** A pending migration failed; the database was left as it was before it. */
export class MigrationFailed extends Error {
  constructor(readonly reason: string) {
    super(`migration failed, database left unchanged: ${reason}`);
    this.name = "MigrationFailed";
  }
}

/** The newest migration's time in a folder's journal (drizzle's `when`, stored as created_at once applied). */
export function newestKnown(folder: string): { at: number; count: number } {
  const journal = JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as { entries: Array<{ when: number }> };
  return { at: Math.max(...journal.entries.map((e) => e.when)), count: journal.entries.length };
}

/** Throws when the database already holds a migration newer than the code's. */
export function refuseNewer(appliedAt: number | null | undefined, folder: string) {
  const known = newestKnown(folder).at;
  if (appliedAt != null && Number(appliedAt) > known) throw new DatabaseNewerThanCode(Number(appliedAt), known);
}

export const reasonOf = (error: unknown) => {
  const cause = (error as { cause?: unknown }).cause;
  return String((cause as Error | undefined)?.message ?? (error as Error).message ?? error).slice(0, 300);
};
