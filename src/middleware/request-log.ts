import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

/**
 * One structured JSON line per request: request id, method, path, status, duration and
 * whether the edge cache answered — never headers, bodies or query strings, so no key or
 * secret reaches the logs. `LOG_LEVEL`:
 * - `debug`: every request;
 * - `info` (the default): every request except anonymous reads the edge cache answered
 *   (badges on a busy page are most of the traffic and tell nothing new; Workers Logs still
 *   records each invocation);
 * - `error` (as in tests): none here; onError logs the failures.
 */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async function requestLogMiddleware(c, next) {
    const started = Date.now();
    await next();
    const level = c.env?.LOG_LEVEL ?? "info";
    if (level !== "info" && level !== "debug") return;
    const cache = c.res.headers.get("x-cache");
    if (cache === "HIT" && level !== "debug") return;
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
