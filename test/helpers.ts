import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";

export const ADMIN = env.ADMIN_TOKEN ?? "";
export const BASE = "http://claimtrail.test";

export interface CallOptions {
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  /** A raw body sent as is (for malformed-input tests). */
  raw?: BodyInit;
}

/** Sends a request through the Worker's own fetch handler, as a client would. */
export function call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  // Each call comes from its own address unless the test says otherwise, so per-IP
  // rate limits only meet the tests that are about them.
  if (!headers.has("CF-Connecting-IP")) headers.set("CF-Connecting-IP", randomIp());
  if (options.key) headers.set("Authorization", `Bearer ${options.key}`);
  let body: BodyInit | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  }
  return exports.default.fetch(new Request(`${BASE}${path}`, { method, headers, body }));
}

function randomIp(): string {
  const [a = 0, b = 0, c = 0] = crypto.getRandomValues(new Uint8Array(3));
  return `198.51.${a}.${(b * 256 + c) % 255}`;
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

let counter = 0;
/** A URL no other test uses, so tests never depend on each other's data. */
export function uniqueUrl(label = "story"): string {
  counter += 1;
  return `https://news.example.com/${label}-${crypto.randomUUID().slice(0, 8)}-${counter}`;
}

/** Creates an API key with `role` through the API and returns its secret. */
export async function createKey(role: "submitter" | "factchecker" | "admin", name = `${role}-key`) {
  const response = await call("POST", "/v1/keys", { key: ADMIN, body: { name, role } });
  if (response.status !== 201) throw new Error(`key creation failed: ${response.status}`);
  const created = await json<{ id: string; key: string }>(response);
  return created;
}

export const ARTICLE_BODY =
  "ANKARA — The interior ministry said on Tuesday that 1,240 people were detained in raids across 12 provinces. " +
  "Opposition leader Deniz Kaya said the figures were inflated. " +
  "Officials are looking into the allegations, a spokesman added.";

export interface ClaimJson {
  id: string;
  article_id: string;
  text: string;
  status: string;
  status_label: string;
  version: number;
  reviewer: { name: string; country: string | null } | null;
  claimant: { name: string; description: string | null } | null;
  span: { start: number; end: number } | null;
  in: "body" | "title" | null;
  origin: string;
  verb: string | null;
  quote: string | null;
  checkworthiness: number;
  suggested_status: unknown;
}

export interface ArticleJson {
  id: string;
  url: string;
  canonical_url: string;
  body: string;
  claims: ClaimJson[];
}

/** Submits an article with two client-given claims and returns it. */
export async function seedArticle(
  key: string,
  overrides: Record<string, unknown> = {},
): Promise<ArticleJson> {
  const response = await call("POST", "/v1/articles", {
    key,
    body: {
      url: uniqueUrl(),
      title: "Raids detain 1,240 across 12 provinces",
      body: ARTICLE_BODY,
      extract: false,
      claims: [
        {
          text: "1,240 people were detained in raids across 12 provinces",
          claimant: "Interior ministry",
          verb: "said",
        },
        {
          text: "the figures were inflated",
          claimant: { name: "Deniz Kaya", description: "opposition leader" },
        },
      ],
      ...overrides,
    },
  });
  if (response.status !== 201)
    throw new Error(`seed failed: ${response.status} ${await response.text()}`);
  return json<ArticleJson>(response);
}

/** Every row count and claim version: equal snapshots mean nothing was written. */
export async function snapshot(): Promise<string> {
  const tables = ["api_keys", "articles", "claims", "claim_events", "idempotency_keys"];
  const counts = await Promise.all(
    tables.map((t) => env.DB.prepare(`SELECT count(*) AS n FROM ${t}`).first<{ n: number }>()),
  );
  const versions = await env.DB.prepare(
    "SELECT group_concat(id || ':' || version || ':' || status, ',') AS v FROM (SELECT * FROM claims ORDER BY id)",
  ).first<{ v: string | null }>();
  const revoked = await env.DB.prepare(
    "SELECT count(*) AS n FROM api_keys WHERE revoked_at IS NOT NULL",
  ).first<{
    n: number;
  }>();
  return JSON.stringify({
    counts: counts.map((c) => c?.n),
    versions: versions?.v,
    revoked: revoked?.n,
  });
}

/**
 * Changes a claim's status as a careful client does: reads its ETag, then sends it
 * as If-Match (required: 428 without it).
 */
export async function setStatus(
  id: string,
  body: unknown,
  options: { key?: string } = {},
): Promise<Response> {
  const etag = (await call("GET", `/v1/claims/${id}`)).headers.get("ETag") ?? '"v0"';
  return call("POST", `/v1/claims/${id}/status`, {
    key: options.key ?? ADMIN,
    body,
    headers: { "If-Match": etag },
  });
}

/** Every rate limiter counts per 60 s (wrangler.toml and vitest.config.ts). */
const PERIOD_MS = 60_000;

/**
 * Runs `attempt` until one run falls wholly inside one limiter window, and returns what that run
 * saw. The local limiter (miniflare's, as Cloudflare's "simple" limiter) counts in fixed windows
 * of the period aligned to the clock, and forgets every count when one ends: a run that spans a
 * boundary (a slow machine) would see a fresh allowance part way and count wrong. Each attempt
 * must use its own keys and addresses, since the counts a crossed run left in the new window
 * still stand. The assertions run on the returned observations, so none is weakened.
 */
export async function inOneWindow<T>(attempt: () => Promise<T>, tries = 3): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const window = Math.floor(Date.now() / PERIOD_MS);
    const result = await attempt();
    if (Math.floor(Date.now() / PERIOD_MS) === window) return result;
  }
  throw new Error(`no run of ${tries} fitted in one ${PERIOD_MS / 1000} s limiter window`);
}
