import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/index";
import { sha256Hex } from "../../src/lib/crypto";
import { LEASE_SECONDS } from "../../src/middleware/idempotency";
import { ADMIN, BASE, call, createKey, json, seedArticle, snapshot, uniqueUrl } from "../helpers";

/**
 * Leaves the row a request leaves when its process dies mid-way (isolate killed,
 * deploy, crash): the key taken, no answer kept, its lease `secondsAgo` in the past
 * (negative: still running).
 */
async function leaveInProgress(
  actor: string,
  key: string,
  path: string,
  body: unknown,
  secondsAgo: number,
) {
  const fingerprint = await sha256Hex(`POST ${path}\n${JSON.stringify(body)}`);
  await env.DB.prepare(
    `INSERT INTO idempotency_keys (actor, key, fingerprint, lease_id, lease_expires_at, created_at)
     VALUES (?, ?, ?, 'killed-attempt', strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?))`,
  )
    .bind(
      actor,
      key,
      fingerprint,
      `${-secondsAgo} seconds`,
      `${-secondsAgo - LEASE_SECONDS} seconds`,
    )
    .run();
}

const row = (actor: string, key: string) =>
  env.DB.prepare("SELECT status, lease_id FROM idempotency_keys WHERE actor = ? AND key = ?")
    .bind(actor, key)
    .first<{ status: number | null; lease_id: string }>();

describe("Idempotency-Key leases", () => {
  it("holds at most a minute", () => {
    expect(LEASE_SECONDS).toBeGreaterThan(8); // longer than a page fetch may take
    expect(LEASE_SECONDS).toBeLessThanOrEqual(60);
  });

  it("answers 409 with Retry-After while another attempt's lease runs, and changes nothing", async () => {
    const { id, key } = await createKey("submitter", "leased");
    const idem = crypto.randomUUID();
    const body = { url: uniqueUrl("lease"), title: "T", body: "A 3 percent rise.", extract: false };
    await leaveInProgress(id, idem, "/v1/articles", body, -20);
    const before = await snapshot();
    const res = await call("POST", "/v1/articles", {
      key,
      body,
      headers: { "Idempotency-Key": idem },
    });
    expect(res.status).toBe(409);
    const retryAfter = Number(res.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(19);
    expect(retryAfter).toBeLessThanOrEqual(21);
    expect(await snapshot()).toBe(before);
  });

  it("lets a retry take over a key whose attempt died, run, and keep its answer", async () => {
    const { id, key } = await createKey("submitter", "taken over");
    const idem = crypto.randomUUID();
    const body = { url: uniqueUrl("lease"), title: "T", body: "A 4 percent rise.", extract: false };
    await leaveInProgress(id, idem, "/v1/articles", body, 1);
    const headers = { "Idempotency-Key": idem };
    const res = await call("POST", "/v1/articles", { key, body, headers });
    expect(res.status).toBe(201);
    const created = await json<{ id: string }>(res);
    const stored = await row(id, idem);
    expect(stored?.status).toBe(201);
    expect(stored?.lease_id).not.toBe("killed-attempt");
    const again = await call("POST", "/v1/articles", { key, body, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await json<{ id: string }>(again)).id).toBe(created.id);
  });

  it("does not let a different request take over a lapsed key (422)", async () => {
    const { id, key } = await createKey("submitter", "other body");
    const idem = crypto.randomUUID();
    const body = { url: uniqueUrl("lease"), title: "T", body: "A 5 percent rise.", extract: false };
    await leaveInProgress(id, idem, "/v1/articles", body, 5);
    const before = await snapshot();
    const res = await call("POST", "/v1/articles", {
      key,
      body: { ...body, title: "Another" },
      headers: { "Idempotency-Key": idem },
    });
    expect(res.status).toBe(422);
    expect(await snapshot()).toBe(before);
  });

  it("answers a retry whose first attempt stored the article before dying with that article, once", async () => {
    const { id, key } = await createKey("submitter", "died after commit");
    const idem = crypto.randomUUID();
    const url = uniqueUrl("lease");
    const body = { url, title: "T", body: "A 6 percent rise.", extract: false };
    // The first attempt's write committed (the article is there), its answer was never kept.
    const first = await json<{ id: string }>(await call("POST", "/v1/articles", { key, body }));
    await leaveInProgress(id, idem, "/v1/articles", body, 2);
    const res = await call("POST", "/v1/articles", {
      key,
      body,
      headers: { "Idempotency-Key": idem },
    });
    expect(res.status).toBe(200);
    expect((await json<{ id: string }>(res)).id).toBe(first.id);
    const count = await env.DB.prepare("SELECT count(*) AS n FROM articles WHERE url = ?")
      .bind(url)
      .first<{ n: number }>();
    expect(count?.n).toBe(1);
  });

  it("keeps a status change's answer (written with the change) and replays it to a retry", async () => {
    const article = await seedArticle(ADMIN);
    const claim = article.claims[0];
    const idem = crypto.randomUUID();
    const headers = { "Idempotency-Key": idem, "If-Match": '"v1"' };
    const body = { status: "refuted", note: "lease" };
    const res = await call("POST", `/v1/claims/${claim?.id}/status`, { key: ADMIN, body, headers });
    expect(res.status).toBe(200);
    const first = await res.text();
    const kept = await env.DB.prepare(
      "SELECT status, headers, body FROM idempotency_keys WHERE actor = 'admin_token' AND key = ?",
    )
      .bind(idem)
      .first<{ status: number; headers: string; body: string }>();
    expect(kept?.status).toBe(200);
    expect(JSON.parse(kept?.headers ?? "{}")).toEqual({
      "content-type": "application/json",
      etag: '"v2"',
    });
    // Sealed: the database alone does not hold the answer's text.
    expect(kept?.body).not.toContain(claim?.id);
    const again = await call("POST", `/v1/claims/${claim?.id}/status`, {
      key: ADMIN,
      body,
      headers,
    });
    expect(again.status).toBe(200);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await again.text()).toBe(first);
  });

  it("keeps a new key's answer sealed: its secret is in no row, yet the retry gets it", async () => {
    const idem = crypto.randomUUID();
    const body = { name: `sealed-${idem}`, role: "submitter" };
    const headers = { "Idempotency-Key": idem };
    const res = await call("POST", "/v1/keys", { key: ADMIN, body, headers });
    expect(res.status).toBe(201);
    const { key } = await json<{ key: string }>(res);
    const tables = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'",
    ).all<{ name: string }>();
    for (const { name } of tables.results) {
      const { results } = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
      expect(JSON.stringify(results), name).not.toContain(key);
    }
    const again = await call("POST", "/v1/keys", { key: ADMIN, body, headers });
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await json<{ key: string }>(again)).key).toBe(key);
  });

  it("does not open a kept answer for another credential (ADMIN_TOKEN rotated): a 422, nothing changes", async () => {
    const idem = crypto.randomUUID();
    const body = { name: `rotated-${idem}`, role: "submitter" };
    const sent = (token: string) =>
      new Request(`${BASE}/v1/keys`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${token}`,
          "Content-Type": "application/json",
          "Idempotency-Key": idem,
        },
        body: JSON.stringify(body),
      });
    expect(
      (await call("POST", "/v1/keys", { key: ADMIN, body, headers: { "Idempotency-Key": idem } }))
        .status,
    ).toBe(201);
    const before = await snapshot();
    const ctx = createExecutionContext();
    const res = await buildApp().fetch(
      sent("rotated-admin-token"),
      { ...env, ADMIN_TOKEN: "rotated-admin-token" },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(422);
    expect(await snapshot()).toBe(before);
  });
});
