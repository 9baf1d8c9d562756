// The two dialects' schemas (db/schema for SQLite, db/pg/schema for PostgreSQL) describe the same tables:
// a column, an index or a key added to one and not the other fails here, before any migration is written.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { is, type Column } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as postgres from "@/db/pg/schema";
import * as sqlite from "@/db/schema/sqlite";

/** What a column holds, in words both dialects share: SQLite's timestamp_ms is PostgreSQL's epoch bigint. */
function kind(column: Column): string {
  const type = column.getSQLType();
  if (column.columnType === "SQLiteTimestamp" || type === "bigint") return "moment";
  if (column.columnType === "SQLiteBoolean" || type === "boolean") return "boolean";
  if (type === "blob" || type === "bytea") return "bytes";
  if (type === "integer" || type === "serial") return "integer";
  return type;
}

// An integer primary key has a default on SQLite whatever is written (it is the rowid): not compared.
function describeTable(config: { name: string; columns: Column[]; indexes: unknown[]; foreignKeys: unknown[]; primaryKeys: unknown[] }) {
  const index = (i: unknown) => {
    const c = (i as { config: { name: string; unique: boolean; columns: Array<{ name: string }> } }).config;
    return `${c.name}${c.unique ? " unique" : ""} (${c.columns.map((col) => col.name).join(", ")})`;
  };
  const foreignKey = (f: unknown) => {
    const ref = (f as { reference: () => { columns: Column[]; foreignColumns: Column[]; foreignTable: unknown } }).reference();
    const target = is(ref.foreignTable, PgTable) ? pgConfig(ref.foreignTable as PgTable).name : sqliteConfig(ref.foreignTable as SQLiteTable).name;
    return `${ref.columns.map((c) => c.name).join(",")} → ${target}(${ref.foreignColumns.map((c) => c.name).join(",")})`;
  };
  const primaryKey = (p: unknown) => (p as { columns: Column[] }).columns.map((c) => c.name).join(",");
  return {
    name: config.name,
    columns: config.columns
      .map((c) => `${c.name} ${kind(c)}${c.notNull ? " not null" : ""}${c.primary ? " primary" : ""}${c.isUnique ? " unique" : ""}${c.hasDefault && !(c.primary && kind(c) === "integer") ? " default" : ""}${c.enumValues ? ` [${c.enumValues.join("|")}]` : ""}`)
      .sort(),
    indexes: config.indexes.map(index).sort(),
    foreignKeys: config.foreignKeys.map(foreignKey).sort(),
    primaryKeys: config.primaryKeys.map(primaryKey).sort(),
  };
}

const tablesOf = <T>(module: Record<string, unknown>, isTable: (v: unknown) => v is T) =>
  Object.entries(module).filter((entry): entry is [string, T] => isTable(entry[1]));

describe("the PostgreSQL schema", () => {
  const lite = tablesOf(sqlite, (v): v is SQLiteTable => is(v, SQLiteTable));
  const pg = tablesOf(postgres, (v): v is PgTable => is(v, PgTable));

  it("has the same tables, exported under the same names", () => {
    expect(pg.map(([name]) => name).sort()).toEqual(lite.map(([name]) => name).sort());
    expect(lite.length).toBeGreaterThan(15);
  });

  it.each(lite.map(([name]) => name))("%s: the same columns, types, keys and indexes", (name) => {
    const a = lite.find(([n]) => n === name)![1];
    const b = pg.find(([n]) => n === name)?.[1];
    expect(b, `db/pg/schema exports no ${name}`).toBeDefined();
    expect(describeTable(pgConfig(b!))).toEqual(describeTable(sqliteConfig(a)));
  });
});

describe("the migrations", () => {
  // drizzle-kit compares a schema with the last migration's snapshot: run on a copy, it must find nothing to
  // write. (It reads --out as relative to the project.)
  it.each([
    ["sqlite", "db/schema/sqlite.ts", "db/migrations"],
    ["postgresql", "db/pg/schema/index.ts", "db/pg/migrations"],
  ])("of %s hold every change of its schema", { timeout: 60_000 }, (dialect, schema, migrations) => {
    const out = join(mkdtempSync(join(tmpdir(), "atelier-migrations-")), "out");
    cpSync(migrations, out, { recursive: true });
    const before = readdirSync(out).sort();
    const output = execFileSync(process.execPath, ["node_modules/drizzle-kit/bin.cjs", "generate", "--dialect", dialect, "--schema", schema, "--out", relative(process.cwd(), out)], { encoding: "utf8" });
    expect(output).toContain("No schema changes");
    expect(readdirSync(out).sort()).toEqual(before);
  });

  // Each centre's schema is migrated with its connections' search_path on it (db/postgres.ts): a migration
  // that named "public" would reach into the main database's tables, and an extension created without its
  // schema would land in the first centre's.
  it("of PostgreSQL name no schema but the extensions'", () => {
    const dir = "db/pg/migrations";
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".sql"))) {
      const text = readFileSync(join(dir, file), "utf8");
      expect(text, file).not.toMatch(/"public"\./);
      for (const line of text.split("\n").filter((l) => /CREATE EXTENSION/i.test(l))) expect(line, file).toMatch(/WITH SCHEMA public;/);
    }
  });
});
