// Faults wired into the database itself, on either engine: an insert that fails (a full disk), and for the
// crash tests the place where a child process is to die in the middle of its transaction.
import { sql } from "drizzle-orm";
import { execute, usesPostgres, type Db } from "@/db";

/** Every insert into `table` fails with `message` until the returned function is called. */
export async function refuseInserts(db: Db, table: string, message: string): Promise<() => Promise<void>> {
  if (!usesPostgres()) {
    db.$client.exec(`CREATE TEMP TRIGGER refuse_${table} BEFORE INSERT ON main.${table} BEGIN SELECT RAISE(ABORT, '${message}'); END;`);
    return async () => void db.$client.exec(`DROP TRIGGER refuse_${table}`);
  }
  await execute(db, sql.raw(`CREATE FUNCTION refuse_${table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${message}'; END $$`));
  await execute(db, sql.raw(`CREATE TRIGGER refuse_${table} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_${table}()`));
  return async () => {
    await execute(db, sql.raw(`DROP TRIGGER refuse_${table} ON ${table}`));
    await execute(db, sql.raw(`DROP FUNCTION refuse_${table}()`));
  };
}

/**
 * PostgreSQL: a connection whose "atelier.crash" setting is on stops after each insert into `table`, inside
 * its transaction (pg_sleep), so that its process can be killed right there (tests/support/sync-runner.ts).
 * Other connections are not affected.
 */
export async function pauseAfterInsert(db: Db, table: string) {
  await execute(
    db,
    sql.raw(`CREATE OR REPLACE FUNCTION pause_here() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF current_setting('atelier.crash', true) = 'on' THEN PERFORM pg_sleep(60); END IF; RETURN NEW; END $$`),
  );
  await execute(db, sql.raw(`CREATE TRIGGER pause_${table} AFTER INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION pause_here()`));
}
