import { and, eq, sql } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { idempotencyKeys } from "../db/schema";
import type { AppEnv } from "../env";
import { sha256Hex } from "../lib/crypto";
import { ApiError } from "../lib/problem";

const KEY = /^[\x21-\x7e]{1,255}$/;
const REPLAYED_HEADERS = ["content-type", "location", "etag"];

/**
 * Honours `Idempotency-Key` on authenticated POSTs, the way Stripe does: the
 * first request with a key runs and its successful response is kept for 24 hours;
 * a retry with the same key and the same request replays it (`Idempotent-Replayed:
 * true`), the same key with a different request is a 422, and a retry while the
 * first is still running is a 409. Failed requests keep nothing, so they can be
 * retried with the same key. Keys are scoped to the API key that sent them.
 */
export function idempotency(): MiddlewareHandler<AppEnv> {
  return async function idempotencyMiddleware(c, next) {
    const key = c.req.header("idempotency-key");
    const principal = c.get("principal");
    if (key === undefined || c.req.method !== "POST" || !principal) return next();
    if (!KEY.test(key)) {
      throw ApiError.validation("headers", [
        { field: "Idempotency-Key", message: "Must be 1 to 255 visible ASCII characters" },
      ]);
    }
    const db = c.var.db;
    const actor = principal.keyId;
    const fingerprint = await sha256Hex(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);

    // Claim the key atomically; an entry older than 24 hours is taken over.
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ actor, key, fingerprint })
      .onConflictDoUpdate({
        target: [idempotencyKeys.actor, idempotencyKeys.key],
        set: {
          fingerprint,
          status: null,
          headers: null,
          body: null,
          createdAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
        },
        setWhere: sql`${idempotencyKeys.createdAt} < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')`,
      })
      .returning({ key: idempotencyKeys.key });

    const where = and(eq(idempotencyKeys.actor, actor), eq(idempotencyKeys.key, key));
    if (claimed.length === 0) {
      const [stored] = await db.select().from(idempotencyKeys).where(where);
      if (!stored) throw new ApiError("idempotency_conflict", "Retry this request");
      if (stored.fingerprint !== fingerprint) {
        throw new ApiError(
          "idempotency_mismatch",
          "This Idempotency-Key was already used with a different request",
        );
      }
      if (stored.status === null) {
        throw new ApiError(
          "idempotency_conflict",
          "A request with this Idempotency-Key is still in progress",
          {
            headers: { "Retry-After": "1" },
          },
        );
      }
      return new Response(stored.body, {
        status: stored.status,
        headers: { ...stored.headers, "Idempotent-Replayed": "true" },
      });
    }

    await next();
    if (c.res.status >= 200 && c.res.status < 300) {
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = c.res.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      const body = await c.res.clone().text();
      try {
        await db.update(idempotencyKeys).set({ status: c.res.status, headers, body }).where(where);
      } catch (error) {
        // The write itself succeeded; a response too large to keep (D1 rows stop at 2 MB) only
        // means a retry runs again, and the dedupe by URL or claim text answers it.
        console.error(
          JSON.stringify({
            level: "warn",
            request_id: c.get("requestId"),
            message: "idempotent response not stored",
            error: error instanceof Error ? error.message : String(error),
          }),
        );
        await db.delete(idempotencyKeys).where(where);
      }
    } else {
      await db.delete(idempotencyKeys).where(where);
    }
  };
}
