import type { MiddlewareHandler } from "hono";
import { database } from "../db/client";
import { BOOKMARK_HEADER, openSession, requestBookmark } from "../db/session";
import type { AppEnv } from "../env";

/**
 * Opens this request's D1 session (src/db/session.ts: reads from anywhere at least as fresh as
 * the client's `x-d1-bookmark`, writes from the primary) and hands handlers `c.var.session` and
 * `c.var.db`, a drizzle client over it. The response carries the bookmark the session ended at.
 */
export function dbProvider(): MiddlewareHandler<AppEnv> {
  return async function dbProviderMiddleware(c, next) {
    const session = openSession(c.env.DB, c.req.method, requestBookmark(c));
    c.set("session", session);
    c.set("db", database(session));
    await next();
    const bookmark = session.getBookmark();
    if (bookmark !== null) c.res.headers.set(BOOKMARK_HEADER, bookmark);
  };
}
