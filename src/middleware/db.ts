import type { MiddlewareHandler } from "hono";
import { database } from "../db/client";
import type { AppEnv } from "../env";

/** Hands handlers `c.var.db`, a drizzle client over this request's D1 binding. */
export function dbProvider(): MiddlewareHandler<AppEnv> {
  return async function dbProviderMiddleware(c, next) {
    c.set("db", database(c.env.DB));
    await next();
  };
}
