import { createTableRelationsHelpers, extractTablesRelationalConfig } from "drizzle-orm";
import { DrizzleD1Database, SQLiteD1Session } from "drizzle-orm/d1";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { Database } from "../env";
import * as schema from "./schema";

/**
 * What `drizzle(d1, { schema })` computes from the schema on every call (it walks every table
 * and relation), done once per isolate; each request then gets a client over its own D1 session
 * for the price of two small objects.
 */
const dialect = new SQLiteAsyncDialect();
const tables = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
const relational = {
  fullSchema: schema,
  schema: tables.tables,
  tableNamesMap: tables.tableNamesMap,
};

/**
 * The drizzle client over a D1 session (or a bare binding, in tests and scripts). drizzle's D1
 * driver only calls `prepare` and `batch`, which a D1DatabaseSession has too, so every query —
 * `db.batch` included — runs in the session and moves its bookmark.
 *
 * @example const db = database(env.DB.withSession("first-primary"))
 */
export function database(d1: D1Database | D1DatabaseSession): Database {
  // The driver is typed for D1Database, but uses only the part a session shares with it.
  const client = d1 as D1Database;
  const session = new SQLiteD1Session(client, dialect, relational, {});
  return new DrizzleD1Database("async", dialect, session, relational) as Database;
}
