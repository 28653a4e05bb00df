import { getTableColumns, SQL, type Table } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";

const dialect = new SQLiteSyncDialect();

/** Anything drizzle can render to SQL: a query builder, or an `sql` template. */
export type Statement = SQL | { toSQL(): { sql: string; params: unknown[] } };

/** A statement's SQL text and parameters, as drizzle renders them. */
export function renderStatement(statement: Statement): { sql: string; params: unknown[] } {
  return statement instanceof SQL ? dialect.sqlToQuery(statement) : statement.toSQL();
}

/**
 * Runs statements as one D1 batch: a single implicit transaction, all or nothing.
 *
 * drizzle's own `db.batch` cannot take raw `sql` statements with parameters (its
 * D1 session reads a prepared statement those do not have), and the conditional
 * inserts that make our writes atomic are raw SQL; so batches go through here.
 *
 * Statements run in `session` (the request's `c.var.session`), so the bookmark the response
 * carries includes the write; a bare binding is not accepted, to keep every write in a session.
 *
 * @example await runBatch(c.var.session, [db.insert(articles).values(row), sql`INSERT ... SELECT ...`])
 */
export async function runBatch(
  d1: D1DatabaseSession,
  statements: Statement[],
): Promise<D1Result[]> {
  if (statements.length === 0) return [];
  return d1.batch(
    statements.map((statement) => {
      const query = renderStatement(statement);
      return d1.prepare(query.sql).bind(...query.params);
    }),
  );
}

/**
 * The rows a `SELECT *` of `table` in a batch returned, mapped as drizzle maps them (column
 * names to field names, JSON columns parsed), so a write and the reads that answer it share one
 * round trip.
 *
 * @example const [stored] = selectedRows(articles, results[results.length - 1])
 */
export function selectedRows<T extends Table>(
  table: T,
  result: D1Result | undefined,
): T["$inferSelect"][] {
  const columns = Object.entries(getTableColumns(table));
  return ((result?.results ?? []) as Record<string, unknown>[]).map((raw) => {
    const row: Record<string, unknown> = {};
    for (const [field, column] of columns) {
      const value = raw[column.name];
      row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return row as T["$inferSelect"];
  });
}
