import { SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";

const dialect = new SQLiteSyncDialect();

/** Anything drizzle can render to SQL: a query builder, or an `sql` template. */
export type Statement = SQL | { toSQL(): { sql: string; params: unknown[] } };

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
      const query = statement instanceof SQL ? dialect.sqlToQuery(statement) : statement.toSQL();
      return d1.prepare(query.sql).bind(...query.params);
    }),
  );
}
