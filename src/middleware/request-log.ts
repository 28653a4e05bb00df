import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

/**
 * One structured JSON line per request: request id, method, path, status, duration and
 * whether the edge cache answered — never headers, bodies or query strings, so no key or
 * secret reaches the logs. `LOG_LEVEL`:
 * - `debug`: every request;
 * - `info` (the default): every request except anonymous reads of public data that succeeded,
 *   from the edge cache or from D1 (badges on a busy page are most of the traffic, carry no key
 *   and write nothing; Workers Logs still records each invocation with its path, status and
 *   time). Anonymous reads that fail are logged. Under `wrangler dev` a log line costs a
 *   quarter of an uncached read (bench/README.md), so the hot path writes none;
 * - `error` (as in tests): none here; onError logs the failures.
 */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async function requestLogMiddleware(c, next) {
    const started = Date.now();
    await next();
    const level = c.env?.LOG_LEVEL ?? "info";
    if (level !== "info" && level !== "debug") return;
    const cache = c.res.headers.get("x-cache");
    // Only the edge cache's routes set X-Cache, and only on anonymous 200s.
    if (cache !== null && level !== "debug") return;
    console.log(
      JSON.stringify({
        level: c.res.status >= 500 ? "error" : level,
        request_id: c.get("requestId"),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        duration_ms: Date.now() - started,
        cache,
        principal: c.get("principal")?.keyId ?? null,
      }),
    );
  };
}
