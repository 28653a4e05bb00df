import { type SQL, sql } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { BOOKMARK_HEADER, freshEnough, requestBookmark } from "../db/session";
import type { AppEnv } from "../env";

const CLIENT_CACHE_CONTROL = "X-Claimtrail-Client-Cache-Control";

/** Seconds a public read stays in the edge cache; writes purge it sooner where they can. */
export const EDGE_TTL_SECONDS = 5;

/**
 * A second, smaller tier in this isolate's memory: the hottest reads (one badge on a busy
 * page) skip even the Cache API. Entries live 2 seconds, so another isolate's copy is at
 * most that much staler than the Cache API's; writes in this isolate drop them at once.
 */
const MEMORY_TTL_MS = 2000;
const MEMORY_MAX_ENTRIES = 500;
const MEMORY_MAX_BYTES = 64 * 1024;
interface MemoryEntry {
  expires: number;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
  /** The D1 bookmark the entry was read at (null: unknown). */
  bookmark: string | null;
  /**
   * The headers of the Cache API copy not stored yet (a URL's first miss), to put with `body`
   * when the URL is asked again. Headers, not a Response: a Response is an I/O object of the
   * request that made it, which another request may not touch.
   */
  pending: [string, string][] | null;
}
const memory = new Map<string, MemoryEntry>();

/**
 * URLs this isolate answered from D1 without storing them in the Cache API, and until when that
 * counts. A URL asked for once (a crawler's walk over every claim, a list page's next cursor, a
 * search, a cache-busting query) is not worth a Cache API `put`, the costliest part of a miss;
 * one asked for again within this window is, as CDNs cache on the second request. A hot URL is
 * asked again within seconds: from this isolate's memory (which then makes the put) or as a second
 * miss here.
 */
const SEEN_TTL_MS = 60_000;
const SEEN_MAX_ENTRIES = 5000;
const seen = new Map<string, number>();

/** Was `url` answered from D1 here within the window? If not, it is now noted as answered. */
function seenBefore(url: string, now: number): boolean {
  const until = seen.get(url);
  if (until !== undefined && until > now) {
    seen.delete(url);
    return true;
  }
  if (until === undefined && seen.size >= SEEN_MAX_ENTRIES) {
    const oldest = seen.keys().next().value;
    if (oldest !== undefined) seen.delete(oldest);
  }
  seen.set(url, now + SEEN_TTL_MS);
  return false;
}

/** Store a copy in the Cache API after the response (waitUntil), or before it without a context. */
async function store(c: Context<AppEnv>, key: string, stored: Response): Promise<void> {
  const put = caches.default.put(key, stored);
  try {
    c.executionCtx.waitUntil(put);
  } catch {
    await put; // no execution context (app.request in tests): finish before answering
  }
}

function remember(
  url: string,
  response: Response,
  body: ArrayBuffer,
  pending: Headers | null,
): void {
  if (body.byteLength > MEMORY_MAX_BYTES) return;
  if (memory.size >= MEMORY_MAX_ENTRIES) {
    const oldest = memory.keys().next().value;
    if (oldest !== undefined) memory.delete(oldest);
  }
  // The copy served from memory is a hit, whatever the response it was taken from says.
  const headers: [string, string][] = [];
  for (const [name, value] of response.headers) {
    if (name === "x-request-id") continue;
    headers.push([name, name === "x-cache" ? "HIT" : value]);
  }
  memory.set(url, {
    expires: Date.now() + MEMORY_TTL_MS,
    status: response.status,
    headers,
    body,
    bookmark: response.headers.get(BOOKMARK_HEADER),
    pending: pending ? [...pending] : null,
  });
}

/**
 * hono/etag hashes a body in chunks of this many bytes, each digest chained into the next: up to
 * one chunk, its ETag is the plain SHA-1 of the body, which {@link bodyEtag} computes.
 */
const ETAG_CHUNK_BYTES = 262_144;

/**
 * The strong ETag the ETag middleware (hono/etag, outside this one) computes for a body of 1 to
 * {@link ETAG_CHUNK_BYTES} bytes (the hex SHA-1 of its bytes), from the bytes the cache has read
 * already: with it set, that middleware does not read and hash a clone of the body again, and the
 * entry keeps it. Null for other sizes (an empty body gets none; a longer one is left to hono).
 */
async function bodyEtag(body: ArrayBuffer): Promise<string | null> {
  if (body.byteLength === 0 || body.byteLength > ETAG_CHUNK_BYTES) return null;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", body));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return `"${hex}"`;
}

/**
 * This isolate's copy of `url`, if it is fresh enough for the client's bookmark. When it is the
 * URL's second request and the Cache API has no copy yet, the copy is put there now, its edge
 * TTL shortened by the time it has spent in memory.
 */
async function recall(
  c: Context<AppEnv>,
  url: string,
  wanted: string | undefined,
  ttlSeconds: number,
): Promise<Response | null> {
  const entry = memory.get(url);
  if (!entry) return null;
  const now = Date.now();
  if (entry.expires <= now) {
    memory.delete(url);
    return null;
  }
  if (!freshEnough(entry.bookmark, wanted)) return null;
  if (entry.pending) {
    const stored = new Response(entry.body, {
      status: entry.status,
      headers: entry.pending,
    });
    entry.pending = null;
    const age = Math.ceil((now - (entry.expires - MEMORY_TTL_MS)) / 1000);
    stored.headers.set("Cache-Control", `public, max-age=${Math.max(1, ttlSeconds - age)}`);
    await store(c, url, stored);
  }
  return new Response(entry.body, { status: entry.status, headers: entry.headers });
}

/**
 * Serves anonymous GETs of public resources from memory or the Workers Cache API, so the
 * hot read paths (widget badges, embed pages) skip the database and the key
 * lookup. Entries live `ttlSeconds`; status changes also purge them on write
 * (`purgeCached`), so readers see a change within seconds everywhere and at once
 * in the writer's location. Requests with an Authorization header always go
 * through, so a bad key is still a 401.
 *
 * A URL's first miss in an isolate is kept in its memory only; the Cache API gets the copy
 * when the URL is asked for again (see {@link seenBefore}), so one-off URLs cost no `put`.
 *
 * Entries keep the `x-d1-bookmark` they were read at. A request that sends a newer bookmark (a
 * client that wrote since, perhaps in another location whose purge did not reach this one) is
 * not answered from an entry older than its bookmark: it reads D1 at least that fresh, and its
 * answer replaces the entry. So a bookmark never lets a stale copy through, and clients that
 * send none, or an older one, still get the cached copy.
 *
 * @example app.use(edgeCache({ match: (path) => path.startsWith("/v1/claims/") }))
 */
export function edgeCache({
  match,
  ttlSeconds = EDGE_TTL_SECONDS,
}: {
  match: (path: string) => boolean;
  ttlSeconds?: number;
}): MiddlewareHandler<AppEnv> {
  return async function edgeCacheMiddleware(c, next) {
    if (
      c.req.method !== "GET" ||
      c.req.header("authorization") !== undefined ||
      !match(c.req.path)
    ) {
      return next();
    }
    const wanted = requestBookmark(c);
    const remembered = await recall(c, c.req.url, wanted, ttlSeconds);
    if (remembered) {
      c.res = remembered;
      return;
    }
    // The URL as the key: the Cache API makes it a GET request without headers, as the key was.
    const key = c.req.url;
    const hit = await caches.default.match(key);
    const fresh = hit !== undefined && freshEnough(hit.headers.get(BOOKMARK_HEADER), wanted);
    if (hit && !fresh) await hit.body?.cancel();
    if (hit && fresh) {
      const body = await hit.arrayBuffer();
      const res = new Response(body, hit);
      // The entry's own Cache-Control is the edge TTL; readers get the route's.
      res.headers.set("Cache-Control", hit.headers.get(CLIENT_CACHE_CONTROL) ?? "no-cache");
      res.headers.delete(CLIENT_CACHE_CONTROL);
      res.headers.set("X-Cache", "HIT");
      remember(c.req.url, res, body, null);
      c.res = res;
      return;
    }
    await next();
    if (c.res.status !== 200 || c.res.headers.has("Set-Cookie")) return;
    const body = await c.res.clone().arrayBuffer();
    if (!c.res.headers.has("ETag")) {
      const etag = await bodyEtag(body);
      if (etag) c.res.headers.set("ETag", etag);
    }
    const stored = new Response(body, c.res);
    stored.headers.set(CLIENT_CACHE_CONTROL, c.res.headers.get("Cache-Control") ?? "no-cache");
    stored.headers.set("Cache-Control", `public, max-age=${ttlSeconds}`);
    stored.headers.delete("X-Request-Id");
    // Put now when the URL is wanted again: a second miss here, or a stale copy to replace
    // (another location's, older than this client's bookmark). Else only when asked again.
    const putNow = seenBefore(key, Date.now()) || hit !== undefined;
    if (putNow) await store(c, key, stored);
    c.res.headers.set("X-Cache", "MISS");
    remember(c.req.url, c.res, body, putNow ? null : stored.headers);
  };
}

/**
 * Runs outside the ETag middleware: once a response served from this isolate's memory has had
 * its ETag computed (lists carry none of their own), the memory entry keeps it, so later hits
 * are not hashed again.
 */
export function rememberEtags(): MiddlewareHandler<AppEnv> {
  return async function rememberEtagsMiddleware(c, next) {
    await next();
    // Only responses the edge cache itself answered or stored (never an authenticated read).
    if (c.req.method !== "GET" || c.res.status !== 200 || !c.res.headers.has("X-Cache")) return;
    const entry = memory.get(c.req.url);
    if (!entry || entry.headers.some(([name]) => name.toLowerCase() === "etag")) return;
    const etag = c.res.headers.get("ETag");
    if (etag) entry.headers.push(["etag", etag]);
  };
}

/** Drops cached copies of these URLs in this location (the others expire within the TTL). */
export async function purgeCached(urls: string[]): Promise<void> {
  for (const url of urls) memory.delete(url);
  await Promise.all(urls.map((url) => caches.default.delete(url)));
}

const PUBLIC_READS =
  /^\/(?:widget\.js|oembed|embed\/(?:claims|articles)\/[^/]+|v1\/claims(?:\/[^/]+(?:\/claimreview)?)?|v1\/articles\/[^/]+)$/;

/** The public GET paths served through the edge cache: the widget's and embeds' data. */
export function isPublicRead(path: string): boolean {
  return PUBLIC_READS.test(path);
}

/** Every cached URL that shows this claim, to purge when it changes. */
export function publicUrlsOfClaim(origin: string, claimId: string, articleId: string): string[] {
  return [
    `${origin}/v1/claims/${claimId}`,
    `${origin}/v1/claims/${claimId}/claimreview`,
    ...["", "?theme=light", "?theme=dark"].map((q) => `${origin}/embed/claims/${claimId}${q}`),
    ...publicUrlsOfArticle(origin, articleId),
  ];
}

/**
 * The claims that list `claimId` among their matches (each with its article), as a statement for
 * the batch that changes its status: their match summaries name the best-rated claim they match
 * ("Also checked"), so a status change of this one can change what theirs show. It walks
 * claim_matches_matched_idx (migration 0011) to the rows that name `claimId`, so it finds them
 * whether or not `claimId` keeps the reverse row.
 */
export function matchingClaimsStatement(claimId: string): SQL {
  return sql`SELECT c.id, c.article_id FROM claim_matches m
    JOIN claims c ON c.id = m.claim_id WHERE m.matched_claim_id = ${claimId}`;
}

/**
 * Every cached URL that shows a claim whose status changed: its own, and those of the claims
 * that match it (the rows of {@link matchingClaimsStatement}), each once.
 */
export function publicUrlsOfStatusChange(
  origin: string,
  claim: { id: string; articleId: string },
  matching: D1Result | undefined,
): string[] {
  const rows = (matching?.results ?? []) as { id: string; article_id: string }[];
  return [
    ...new Set([
      ...publicUrlsOfClaim(origin, claim.id, claim.articleId),
      ...rows.flatMap((row) => publicUrlsOfClaim(origin, row.id, row.article_id)),
    ]),
  ];
}

/** Every cached URL that lists an article's claims. */
export function publicUrlsOfArticle(origin: string, articleId: string): string[] {
  return [
    `${origin}/v1/articles/${articleId}`,
    // the exact query the widget sends for an article's badges
    `${origin}/v1/claims?article_id=${encodeURIComponent(articleId)}&limit=100`,
    ...["", "?theme=light", "?theme=dark"].map((q) => `${origin}/embed/articles/${articleId}${q}`),
  ];
}
