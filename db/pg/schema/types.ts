import { customType } from "drizzle-orm/pg-core";

/**
 * A moment as epoch milliseconds (bigint), read back as a Date: SQLite's timestamp_ms, so that what the
 * data layer writes by hand (ages in ms, comparisons with a number) means the same on both engines.
 */
export const ms = customType<{ data: Date; driverData: string | number }>({
  dataType: () => "bigint",
  toDriver: (value) => value.getTime(),
  fromDriver: (value) => new Date(Number(value)),
});

/** Bytes, kept as bytes (SQLite's blob). */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => "bytea",
});
