import { drizzle } from "drizzle-orm/d1";
import type { MiddlewareHandler } from "hono";
import * as schema from "../db/schema";
import type { AppEnv } from "../env";

/** Hands handlers `c.var.db`, a drizzle client over this request's D1 binding. */
export function dbProvider(): MiddlewareHandler<AppEnv> {
  return async function dbProviderMiddleware(c, next) {
    c.set("db", drizzle(c.env.DB, { schema }));
    await next();
  };
}
