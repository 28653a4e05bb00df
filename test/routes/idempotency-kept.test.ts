import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/index";
import { ADMIN, ARTICLE_BODY, BASE, call, json, uniqueUrl } from "../helpers";

/**
 * The real local D1, recording the SQL of every statement the request prepares (each statement
 * of a batch included); statements run unchanged.
 */
function recordingDatabase(db: D1Database): { binding: D1Database; queries: string[] } {
  const queries: string[] = [];
  const session = (inner: D1DatabaseSession | D1Database) => ({
    prepare: (query: string) => {
      queries.push(query);
      return inner.prepare(query);
    },
    batch: (statements: D1PreparedStatement[]) => inner.batch(statements),
    getBookmark: () => ("getBookmark" in inner ? inner.getBookmark() : null),
  });
  const binding = {
    ...session(db),
    withSession: (constraint?: string) => session(db.withSession(constraint)),
  } as unknown as D1Database;
  return { binding, queries };
}

async function submit(body: Record<string, unknown>, key: string) {
  const { binding, queries } = recordingDatabase(env.DB);
  const ctx = createExecutionContext();
  const response = await buildApp().fetch(
    new Request(`${BASE}/v1/articles`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${ADMIN}`,
        "Content-Type": "application/json",
        "Idempotency-Key": key,
      },
      body: JSON.stringify(body),
    }),
    { ...env, DB: binding },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { response, queries };
}

/** The middleware's own keeping of an answer after the handler (drizzle's UPDATE of the key). */
const keptAfterHandler = (queries: string[]) =>
  queries.filter((q) => /^update "idempotency_keys" set "status"/i.test(q.trim())).length;

describe("Idempotency-Key: an answer is kept once", () => {
  it("a submission's answer, kept in its write's batch, is not kept again after the handler", async () => {
    const key = crypto.randomUUID();
    const body = { url: uniqueUrl("kept-once"), title: "Raids detain 1,240", body: ARTICLE_BODY };
    const { response, queries } = await submit(body, key);
    expect(response.status).toBe(201);
    const first = await response.text();
    // Kept by the batch (raw SQL), and no second UPDATE after it.
    expect(queries.some((q) => /UPDATE idempotency_keys SET status/.test(q))).toBe(true);
    expect(keptAfterHandler(queries)).toBe(0);

    const again = await call("POST", "/v1/articles", {
      key: ADMIN,
      body,
      headers: { "Idempotency-Key": key },
    });
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.headers.get("Location")).toBe(response.headers.get("Location"));
    expect(await again.text()).toBe(first);
  });

  it("an answer that wrote nothing (the URL is stored already) is still kept after the handler", async () => {
    const body = { url: uniqueUrl("kept-after"), title: "Raids detain 1,240", body: ARTICLE_BODY };
    const created = await call("POST", "/v1/articles", { key: ADMIN, body });
    expect(created.status).toBe(201);

    const key = crypto.randomUUID();
    const { response, queries } = await submit(body, key);
    expect(response.status).toBe(200);
    const first = await json<{ id: string }>(response);
    expect(keptAfterHandler(queries)).toBe(1);

    const again = await call("POST", "/v1/articles", {
      key: ADMIN,
      body,
      headers: { "Idempotency-Key": key },
    });
    expect(again.status).toBe(200);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await json<{ id: string }>(again)).id).toBe(first.id);
  });
});
