import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

/**
 * One structured JSON line per request: request id, method, path, status and
 * duration — never headers, bodies or query strings, so no key or secret reaches
 * the logs. `LOG_LEVEL=error` (as in tests) keeps only failures, which onError logs.
 */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async function requestLogMiddleware(c, next) {
    const started = Date.now();
    await next();
    if ((c.env?.LOG_LEVEL ?? "info") !== "info") return;
    console.log(
      JSON.stringify({
        level: c.res.status >= 500 ? "error" : "info",
        request_id: c.get("requestId"),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        duration_ms: Date.now() - started,
        principal: c.get("principal")?.keyId ?? null,
      }),
    );
  };
}
