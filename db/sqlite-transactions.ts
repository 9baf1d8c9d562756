// better-sqlite3 runs a transaction as one synchronous call, but Atelier's data layer is async (PostgreSQL
// is). On SQLite, `db.transaction(async (tx) => …)` is therefore ours: one open transaction per connection
// at a time (the others wait their turn), nested calls become savepoints, and a failure rolls back. A
// statement outside any transaction runs at once, on the one connection, so inside whichever transaction is
// open then: a write that must stand or fall alone goes through transaction() too.
import { AsyncLocalStorage } from "node:async_hooks";
import type Database from "better-sqlite3";

interface Open {
  connection: Database.Database;
  depth: number;
}

const open = new AsyncLocalStorage<Open>();

export function asyncTransactions<D extends object>(db: D, connection: Database.Database): void {
  let turn: Promise<void> = Promise.resolve();
  const transaction = async <T>(fn: (tx: D) => Promise<T> | T): Promise<T> => {
    const outer = open.getStore();
    if (outer?.connection === connection) {
      const name = `sp${outer.depth}`;
      connection.exec(`SAVEPOINT ${name}`);
      try {
        const result = await open.run({ connection, depth: outer.depth + 1 }, () => fn(db));
        connection.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        connection.exec(`ROLLBACK TO ${name}`);
        connection.exec(`RELEASE ${name}`);
        throw error;
      }
    }
    const previous = turn;
    let done!: () => void;
    turn = new Promise((resolve) => (done = resolve));
    await previous;
    try {
      connection.exec("BEGIN IMMEDIATE");
      try {
        const result = await open.run({ connection, depth: 1 }, () => fn(db));
        connection.exec("COMMIT");
        return result;
      } catch (error) {
        if (connection.inTransaction) connection.exec("ROLLBACK");
        throw error;
      }
    } finally {
      done();
    }
  };
  Object.assign(db, { transaction });
}
