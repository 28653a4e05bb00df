import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "../lib/problem";

/** The longest window of the configured limits: a client that waits this long may try again. */
const RETRY_AFTER_SECONDS = 60;

/** The client's address as Cloudflare reports it (clients cannot set this header through Cloudflare). */
export function clientIp(c: Context<AppEnv>): string {
  return c.req.header("cf-connecting-ip") ?? "unknown";
}

function tooMany(what: string): ApiError {
  return new ApiError(
    "rate_limited",
    `Too many ${what}; retry after ${RETRY_AFTER_SECONDS} seconds`,
    {
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
    },
  );
}

/**
 * Counts one request against `limiter` for `key`; a 429 problem with
 * `Retry-After` once the limit is reached. Without the binding (a deployment
 * that removed it) nothing is limited.
 */
export async function enforce(
  limiter: RateLimit | undefined,
  key: string,
  what: string,
): Promise<void> {
  if (!limiter) return;
  const { success } = await limiter.limit({ key });
  if (!success) throw tooMany(what);
}

/** POSTs that only read (a query too long for a URL), limited as reads are. */
const READ_POSTS = new Set(["/v1/matches"]);

const isRead = (c: Context<AppEnv>) =>
  c.req.method === "GET" ||
  c.req.method === "HEAD" ||
  (c.req.method === "POST" && READ_POSTS.has(c.req.path));

/** Anonymous reads that reach the database, per client IP (the edge cache answers the rest). */
export function limitAnonymousReads(): MiddlewareHandler<AppEnv> {
  return async function limitAnonymousReadsMiddleware(c, next) {
    if (isRead(c) && c.req.header("authorization") === undefined) {
      await enforce(c.env.READ_LIMITER, clientIp(c), "requests from this address");
    }
    await next();
  };
}

/** The methods that write; anything else (TRACE, PUT: a 405 before this runs) is not counted. */
const WRITES = new Set(["POST", "DELETE"]);

/** Writes, per API key (the bootstrap ADMIN_TOKEN is the operator's and is not limited). */
export function limitWrites(): MiddlewareHandler<AppEnv> {
  return async function limitWritesMiddleware(c, next) {
    const principal = c.get("principal");
    if (principal && principal.keyId !== "admin_token" && WRITES.has(c.req.method) && !isRead(c)) {
      await enforce(c.env.WRITE_LIMITER, principal.keyId, "writes with this API key");
    }
    await next();
  };
}
