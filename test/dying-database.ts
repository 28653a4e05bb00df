import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { vi } from "vitest";
import { buildApp } from "../src/index";

/**
 * Where the simulated process dies: at the first statement or batch (a batch is one
 * transaction) with a statement `matching`, `before` it is sent (nothing of it commits) or
 * `after` it commits (its result is never seen, nor anything the request would do next).
 */
export interface Death {
  matching: RegExp;
  when: "before" | "after";
}

/**
 * The real local D1, for one request whose process dies at `death`: from then on nothing more
 * reaches the database (every statement and batch throws), as when an isolate is killed, a
 * deploy replaces it or the machine crashes. What committed before stays committed.
 */
function dyingDatabase(db: D1Database, death: Death): { binding: D1Database; died: () => boolean } {
  let dead = false;
  const real = new WeakMap<object, D1PreparedStatement>();
  const queryOf = new WeakMap<object, string>();
  /** Runs `work` (the statements `queries`) unless the process is gone, dying where `death` says. */
  async function unlessDead<T>(queries: string[], work: () => Promise<T>): Promise<T> {
    if (dead) throw new Error("simulated crash: the process is gone");
    const fatal = queries.some((q) => death.matching.test(q));
    if (fatal && death.when === "before") dead = true;
    if (dead) throw new Error("simulated crash: the process died before this write");
    const result = await work();
    if (fatal) {
      dead = true;
      throw new Error("simulated crash: the process died after this write committed");
    }
    return result;
  }
  const statement = (inner: D1PreparedStatement, query: string): D1PreparedStatement => {
    const wrapped = {
      bind: (...values: unknown[]) => statement(inner.bind(...values), query),
      first: (column?: string) =>
        unlessDead([query], () => (column ? inner.first(column) : inner.first())),
      run: () => unlessDead([query], () => inner.run()),
      all: () => unlessDead([query], () => inner.all()),
      raw: (options?: { columnNames: true }) =>
        unlessDead([query], () => inner.raw(options as never)),
    } as unknown as D1PreparedStatement;
    real.set(wrapped, inner);
    queryOf.set(wrapped, query);
    return wrapped;
  };
  const session = (inner: D1DatabaseSession | D1Database) => ({
    prepare: (query: string) => statement(inner.prepare(query), query),
    batch: (statements: D1PreparedStatement[]) =>
      unlessDead(
        statements.map((s) => queryOf.get(s) ?? ""),
        () => inner.batch(statements.map((s) => real.get(s) ?? s)),
      ),
    getBookmark: () => ("getBookmark" in inner ? inner.getBookmark() : null),
  });
  const binding = {
    ...session(db),
    withSession: (constraint?: string) => session(db.withSession(constraint)),
  } as unknown as D1Database;
  return { binding, died: () => dead };
}

/**
 * Sends one request through the Worker, whose process dies at `death`; then, as if the lease
 * (30 s) had passed since, the request's Idempotency-Key lease is made to lapse. The caller
 * then retries as the client would.
 */
export async function requestThatDies(
  request: Request,
  death: Death,
  lease: { actor: string; key: string },
): Promise<Response> {
  const { binding, died } = dyingDatabase(env.DB, death);
  const ctx = createExecutionContext();
  // The dead request's own error logs (the simulated crash) are expected, not news.
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  let response: Response;
  try {
    response = await buildApp().fetch(request, { ...env, DB: binding }, ctx);
    await waitOnExecutionContext(ctx);
  } finally {
    logged.mockRestore();
  }
  if (!died()) throw new Error(`the request never ran a statement matching ${death.matching}`);
  await env.DB.prepare(
    `UPDATE idempotency_keys SET lease_expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 seconds')
     WHERE actor = ? AND key = ?`,
  )
    .bind(lease.actor, lease.key)
    .run();
  return response;
}
