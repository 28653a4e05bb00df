import type { Context, MiddlewareHandler } from "hono";
import { TrieRouter } from "hono/router/trie-router";
import type { AppEnv } from "../env";

/**
 * Answers a method the path does not take (TRACE, PUT, an unknown token) with a 405
 * and `Allow` before anything else runs: such a request is not a write, a read or an
 * authentication, so no rate limiter counts it and no key lookup happens. OPTIONS
 * goes on to the CORS preflight.
 *
 * @example app.use(methodNotAllowed({ app, onMethodNotAllowed: (c, methods) => ... }))
 */
export function methodNotAllowed(options: {
  /** The app whose routes say which methods a path takes (any Hono app has `routes`). */
  app: { routes: ReadonlyArray<{ method: string; path: string }> };
  onMethodNotAllowed: (c: Context<AppEnv>, methods: string[]) => Response;
}): MiddlewareHandler<AppEnv> {
  let router: TrieRouter<string[]> | undefined;
  return async function methodNotAllowedMiddleware(c, next) {
    if (c.req.method === "OPTIONS") return next();
    if (!router) {
      const byPath = new Map<string, Set<string>>();
      for (const route of options.app.routes) {
        if (route.method === "ALL" || route.method === "HEAD") continue;
        const methods = byPath.get(route.path) ?? new Set<string>();
        methods.add(route.method);
        if (route.method === "GET") methods.add("HEAD");
        byPath.set(route.path, methods);
      }
      router = new TrieRouter<string[]>();
      for (const [path, methods] of byPath) router.add("ALL", path, [...methods]);
    }
    const allowed = new Set<string>();
    for (const [methods] of router.match("ALL", c.req.path)[0]) {
      for (const method of methods) allowed.add(method);
    }
    if (allowed.size > 0 && !allowed.has(c.req.method)) {
      return options.onMethodNotAllowed(c, [...allowed]);
    }
    return next();
  };
}
