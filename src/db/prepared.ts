import { fillPlaceholders, Placeholder, sql } from "drizzle-orm";
import { renderStatement, type Statement } from "./batch";

/** A value a statement is bound to, or a named placeholder for it (bound on each run). */
export type Bindable<T> = T | Placeholder;

/** True for a placeholder rather than a value. */
export function isPlaceholder(value: unknown): value is Placeholder {
  return value instanceof Placeholder;
}

/**
 * Statements drizzle renders once per isolate and D1 runs on any session: the hot reads' SQL
 * text (one claim, a list page) is built the first time a shape of query is asked for, with
 * named placeholders where its values go, and every later request only binds its values. drizzle
 * builds SQL from its query objects on every call otherwise (the query builder, then the SQL
 * renderer), which is CPU on the response path of every uncached read; drizzle's own
 * `.prepare()` cannot be kept across requests, as it is bound to the D1 session (and so to the
 * request) it was prepared on.
 *
 * @example
 * const reads = new PreparedStatements();
 * reads.bind(session, "claim", () => claimQuery(sql.placeholder("id")), { id }).all()
 */
export class PreparedStatements {
  readonly #rendered = new Map<string, { sql: string; params: unknown[] }>();

  /**
   * `shape`'s statement (built by `build` the first time), bound to `values` by placeholder
   * name, on `d1`. Every statement of one shape must have the same SQL text.
   */
  bind(
    d1: D1Database | D1DatabaseSession,
    shape: string,
    build: () => Statement,
    values: Record<string, unknown>,
  ): D1PreparedStatement {
    let rendered = this.#rendered.get(shape);
    if (!rendered) {
      rendered = renderStatement(build());
      this.#rendered.set(shape, rendered);
    }
    return d1.prepare(rendered.sql).bind(...fillPlaceholders(rendered.params, values));
  }
}

/**
 * The values of one run of a {@link PreparedStatements} statement, gathered while its query is
 * built with placeholders instead of them, and the shape they make (which values are set), the
 * key its rendered SQL is kept under.
 *
 * @example
 * const binding = new Binding();
 * const where = eq(claims.status, binding.slot("status", status)); // placeholder "status"
 * reads.bind(d1, binding.shape, () => query(where), binding.values)
 */
export class Binding {
  readonly values: Record<string, unknown> = {};
  readonly #names: string[] = [];

  /** A placeholder named `name` for `value`; none for a value that is not set. */
  slot(name: string, value: string | number): Placeholder;
  slot(name: string, value: string | number | undefined): Placeholder | undefined;
  slot(name: string, value: string | number | undefined): Placeholder | undefined {
    if (value === undefined) return undefined;
    this.values[name] = value;
    this.#names.push(name);
    return sql.placeholder(name);
  }

  /** Which values are set, in the order they were: equal for every query of one SQL text. */
  get shape(): string {
    return this.#names.join(",");
  }
}
