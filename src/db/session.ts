import type { Context } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "../lib/problem";

/**
 * The header that carries a D1 session bookmark both ways: every response whose request touched
 * D1 carries the bookmark its session ended at, and a request that sends one back reads a
 * database state at least that fresh (its own writes included), from whichever replica answers.
 */
export const BOOKMARK_HEADER = "x-d1-bookmark";

/**
 * A D1 bookmark as D1 (and the local D1 of wrangler dev and vitest-pool-workers) writes them:
 * four lowercase hex groups, fixed width, so bookmarks of one database sort by time as strings.
 */
const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

/** The request's bookmark, if it sent one; a malformed one is a 400 problem. */
export function requestBookmark(c: Context<AppEnv>): string | undefined {
  const value = c.req.header(BOOKMARK_HEADER);
  if (value === undefined) return undefined;
  if (!BOOKMARK.test(value)) {
    throw ApiError.validation("headers", [
      {
        field: BOOKMARK_HEADER,
        message:
          "Must be a D1 bookmark exactly as a previous response's x-d1-bookmark gave it (e.g. 0000002a-00000007-00005030-0123456789abcdef0123456789abcdef)",
      },
    ]);
  }
  return value;
}

/**
 * True when a response produced at bookmark `served` may be given to a client that has seen
 * `wanted`: the response's database state is at least as fresh. Without a wanted bookmark any
 * state will do; without a served one, nothing says it is fresh enough.
 */
export function freshEnough(served: string | null, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  return served !== null && served >= wanted;
}

/**
 * The D1 session for one request: reads start anywhere (a nearby replica) unless the client sent
 * a bookmark, which they then read at least as fresh as; writes start at the primary.
 */
export function openSession(
  d1: D1Database,
  method: string,
  bookmark: string | undefined,
): D1DatabaseSession {
  const reads = method === "GET" || method === "HEAD";
  if (!reads) return d1.withSession("first-primary");
  return d1.withSession(bookmark ?? "first-unconstrained");
}
