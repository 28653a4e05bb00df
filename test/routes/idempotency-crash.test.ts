import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type Death, requestThatDies } from "../dying-database";
import { ADMIN, BASE, call, json, seedArticle, uniqueUrl } from "../helpers";
import { earlierAndLater } from "../suggestion-fixture";

/**
 * A client's write whose server process dies mid-way (the request never answers), retried with
 * the same Idempotency-Key once the dead attempt's lease has lapsed: whatever committed is
 * answered, never written twice; whatever did not commit runs.
 */
interface Write {
  name: string;
  path: () => Promise<string>;
  body: () => Record<string, unknown>;
  headers?: (path: string) => Promise<Record<string, string>>;
  /** The statement that does the work (where the process dies). */
  work: RegExp;
  /** How many rows the write made (1 once it ran), found by what the body names. */
  count: (path: string, body: Record<string, unknown>) => Promise<number>;
  status: number;
}

const count = async (query: string, ...values: unknown[]) =>
  (
    await env.DB.prepare(query)
      .bind(...values)
      .first<{ n: number }>()
  )?.n ?? -1;

/** An open suggestion's id, and its claim's ETag. */
async function openSuggestion() {
  const { first } = await earlierAndLater();
  const listed = await json<{ data: { id: string }[] }>(
    await call("GET", `/v1/suggestions?claim_id=${first.id}`, { key: ADMIN }),
  );
  return { id: listed.data[0]?.id ?? "", etag: `"v${first.version}"` };
}

const etagOf = new Map<string, string>();

const writes: Write[] = [
  {
    name: "POST /v1/keys",
    path: async () => "/v1/keys",
    body: () => ({ name: `crash-${crypto.randomUUID()}`, role: "submitter" }),
    work: /insert into "api_keys"/i,
    count: (_, body) => count("SELECT count(*) AS n FROM api_keys WHERE name = ?", body.name),
    status: 201,
  },
  {
    name: "POST /v1/webhooks",
    path: async () => "/v1/webhooks",
    body: () => ({ url: uniqueUrl("hook"), events: ["claim.created"] }),
    work: /insert into "webhooks"/i,
    count: (_, body) => count("SELECT count(*) AS n FROM webhooks WHERE url = ?", body.url),
    status: 201,
  },
  {
    name: "POST /v1/articles",
    path: async () => "/v1/articles",
    body: () => ({
      url: uniqueUrl("crash"),
      title: "Port traffic fell 9 percent",
      body: "The port authority said traffic fell 9 percent in March. Unions said the figure was too low.",
    }),
    work: /insert into "articles"/i,
    count: (_, body) => count("SELECT count(*) AS n FROM articles WHERE url = ?", body.url),
    status: 201,
  },
  {
    name: "POST /v1/articles/{id}/claims",
    path: async () => `/v1/articles/${(await seedArticle(ADMIN)).id}/claims`,
    body: () => ({ text: `Exports doubled ${crypto.randomUUID()}`, claimant: "The ministry" }),
    work: /INSERT INTO claims \(/,
    count: (_, body) => count("SELECT count(*) AS n FROM claims WHERE text = ?", body.text),
    status: 201,
  },
  {
    name: "POST /v1/claims/{id}/status",
    path: async () => `/v1/claims/${(await seedArticle(ADMIN)).claims[0]?.id}/status`,
    headers: async () => ({ "If-Match": '"v1"' }),
    body: () => ({ status: "disputed", note: `crash ${crypto.randomUUID()}` }),
    work: /update "claims"/i,
    count: (_, body) => count("SELECT count(*) AS n FROM claim_events WHERE note = ?", body.note),
    status: 200,
  },
  ...(["accept", "reject"] as const).map((decision) => ({
    name: `POST /v1/suggestions/{id}/${decision}`,
    path: async () => {
      const { id, etag } = await openSuggestion();
      const path = `/v1/suggestions/${id}/${decision}`;
      etagOf.set(path, etag);
      return path;
    },
    headers: async (path: string) => ({ "If-Match": etagOf.get(path) ?? "" }),
    body: () => ({}),
    work: /UPDATE claim_suggestions SET state/,
    count: (path: string) =>
      count(
        "SELECT count(*) AS n FROM claim_events WHERE note LIKE ?",
        `%suggestion ${path.split("/")[3]}%`,
      ),
    status: 200,
  })),
];

function post(path: string, body: unknown, headers: Record<string, string>) {
  return new Request(`${BASE}${path}`, {
    method: "POST",
    headers: {
      ...headers,
      Authorization: `Bearer ${ADMIN}`,
      "Content-Type": "application/json",
      "CF-Connecting-IP": "203.0.113.13",
    },
    body: JSON.stringify(body),
  });
}

async function crashThenRetry(write: Write, when: Death["when"]) {
  const path = await write.path();
  const body = write.body();
  const key = crypto.randomUUID();
  const headers = { ...(await write.headers?.(path)), "Idempotency-Key": key };
  const dead = await requestThatDies(
    post(path, body, headers),
    { matching: write.work, when },
    { actor: "admin_token", key },
  );
  expect(dead.status).toBe(500);
  const committed = await write.count(path, body);
  const retry = await call("POST", path, { key: ADMIN, body, headers });
  return { path, body, committed, retry };
}

describe("a retry after the process died mid-write (Idempotency-Key)", () => {
  for (const write of writes) {
    it(`${write.name}: after its write committed, the retry gets that write's answer, and nothing is written twice`, async () => {
      const { path, body, committed, retry } = await crashThenRetry(write, "after");
      expect(committed).toBe(1);
      expect(retry.status).toBe(write.status);
      expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
      expect(await write.count(path, body)).toBe(1);
    });

    it(`${write.name}: when its write never committed, the retry runs it, once`, async () => {
      const { path, body, committed, retry } = await crashThenRetry(write, "before");
      expect(committed).toBe(0);
      expect(retry.status).toBe(write.status);
      expect(retry.headers.get("Idempotent-Replayed")).toBeNull();
      expect(await write.count(path, body)).toBe(1);
    });
  }

  it("POST /v1/keys: the replayed key is the one stored, and it works", async () => {
    const body = { name: `crash-${crypto.randomUUID()}`, role: "factchecker" };
    const key = crypto.randomUUID();
    await requestThatDies(
      post("/v1/keys", body, { "Idempotency-Key": key }),
      { matching: /insert into "api_keys"/i, when: "after" },
      { actor: "admin_token", key },
    );
    const retry = await call("POST", "/v1/keys", {
      key: ADMIN,
      body,
      headers: { "Idempotency-Key": key },
    });
    const created = await json<{ id: string; key: string }>(retry);
    const listed = await json<{ data: { id: string; name: string }[] }>(
      await call("GET", "/v1/keys?limit=100", { key: ADMIN }),
    );
    expect(listed.data.filter((k) => k.name === body.name).map((k) => k.id)).toEqual([created.id]);
    const used = await call("GET", "/v1/keys", { key: created.key });
    expect(used.status).toBe(403); // authenticated (a factchecker), not an admin
  });
});
