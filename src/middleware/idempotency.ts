import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { runBatch, type Statement } from "../db/batch";
import { idempotencyKeys } from "../db/schema";
import type { AppEnv } from "../env";
import { sha256Hex } from "../lib/crypto";
import { ApiError } from "../lib/problem";
import { isSealed, seal, sealingKey, unseal } from "../lib/seal";
import { bearerToken } from "./auth";

const KEY = /^[\x21-\x7e]{1,255}$/;
const REPLAYED_HEADERS = ["content-type", "location", "etag"];

/**
 * How long an attempt holds its key. Longer than any request takes (a page fetch
 * stops at 8 s), short enough that a client whose request died with its process
 * can complete it with the same key half a minute later.
 */
export const LEASE_SECONDS = 30;

const nowSql = sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/**
 * Honours `Idempotency-Key` on authenticated POSTs, the way Stripe does: the
 * first request with a key runs and its successful response is kept for 24 hours;
 * a retry with the same key and the same request replays it (`Idempotent-Replayed:
 * true`), the same key with a different request is a 422. While an attempt runs it
 * holds a lease of {@link LEASE_SECONDS}: a retry meanwhile is a 409 with
 * `Retry-After`, and once the lease lapses (the attempt died with its process) a
 * retry takes the key over and runs. Every write keeps its answer in the write's own
 * batch ({@link keepIdempotentResponse}), so an attempt that committed and then died
 * is replayed, not run again; an answer that did no work is kept here after the
 * handler. Failed requests keep nothing. Keys are scoped to the API key that sent them.
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
    // Kept answers are sealed with the caller's own credential (an API key's secret is in one).
    const sealer = await sealingKey(bearerToken(c) ?? "", `${actor}\n${key}`);
    const fingerprint = await sha256Hex(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);
    const leaseId = crypto.randomUUID();
    const leaseExpiresAt = sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ${`+${LEASE_SECONDS} seconds`})`;

    // Take the key atomically: a new key, an entry older than 24 hours, or an attempt at
    // this same request whose lease lapsed without an answer.
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ actor, key, fingerprint, leaseId, leaseExpiresAt })
      .onConflictDoUpdate({
        target: [idempotencyKeys.actor, idempotencyKeys.key],
        set: {
          fingerprint,
          status: null,
          headers: null,
          body: null,
          createdAt: nowSql,
          leaseId,
          leaseExpiresAt,
        },
        setWhere: sql`${idempotencyKeys.createdAt} < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')
          OR (${idempotencyKeys.status} IS NULL AND ${idempotencyKeys.fingerprint} = ${fingerprint}
            AND coalesce(${idempotencyKeys.leaseExpiresAt}, '') < ${nowSql})`,
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
        const left = Date.parse(stored.leaseExpiresAt ?? "") - Date.now();
        const seconds = Number.isFinite(left) ? Math.max(1, Math.ceil(left / 1000)) : 1;
        throw new ApiError(
          "idempotency_conflict",
          `A request with this Idempotency-Key is still in progress; retry in ${seconds} s`,
          { headers: { "Retry-After": String(seconds) } },
        );
      }
      const body = await openKept(sealer, stored.body ?? "");
      if (body === null) {
        throw new ApiError(
          "idempotency_mismatch",
          "This Idempotency-Key's answer was kept for another credential; use a new key",
        );
      }
      return new Response(body, {
        status: stored.status,
        headers: { ...stored.headers, "Idempotent-Replayed": "true" },
      });
    }

    c.set("idempotency", { actor, key, leaseId, sealer });
    // Only this attempt's lease, and only while no answer is kept (the write's batch may have kept one).
    const mine = and(where, eq(idempotencyKeys.leaseId, leaseId), isNull(idempotencyKeys.status));
    await next();
    if (c.res.status >= 200 && c.res.status < 300) {
      const text = await c.res.clone().text();
      // The write's own batch kept this very answer (it answers with it only when the write took
      // effect): sealing it again and sending an UPDATE that matches no row would be one more
      // round trip to the primary for nothing.
      const kept = c.get("idempotency")?.kept;
      if (kept && kept.status === c.res.status && kept.body === text) return;
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = c.res.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      const body = await seal(sealer, text);
      try {
        if (body.length > MAX_KEPT_ANSWER) throw new Error(`answer of ${body.length} characters`);
        await db.update(idempotencyKeys).set({ status: c.res.status, headers, body }).where(mine);
      } catch (error) {
        warnNotKept(c, error instanceof Error ? error.message : String(error));
        await db.delete(idempotencyKeys).where(mine);
      }
    } else {
      await db.delete(idempotencyKeys).where(mine);
    }
  };
}

/** An answer as kept: sealed, or (kept before answers were sealed) as sent. Null: not ours. */
async function openKept(sealer: CryptoKey, kept: string): Promise<string | null> {
  return isSealed(kept) ? unseal(sealer, kept) : kept;
}

/** Longest answer kept, sealed, in characters: D1 stops at 2 MB a row; one longer is not kept. */
export const MAX_KEPT_ANSWER = 1_500_000;

/** What a write will answer, known before it runs, to keep in the write's own batch. */
export interface KeptAnswer {
  status: number;
  /** The body, as `c.json` will send it. */
  json: unknown;
  /** Headers a replay repeats besides Content-Type (Location, ETag), names in lower case. */
  headers?: Record<string, string>;
  /** True exactly when the write took effect, evaluated in the batch after the write. */
  when: SQL;
}

/**
 * Statements to add to a write's batch, after the write, that keep its answer (sealed with the
 * caller's credential) for the request's Idempotency-Key if it sent one. The answer is then committed with the write or not
 * at all: an attempt that dies after its batch is replayed to the retry, never run twice.
 * Every write taking a key does this; the middleware's own keeping after the handler is for
 * answers that did no work of their own (a URL already stored, a search). A handler sends exactly
 * this answer (this status, `json` as `c.json` serialises it) only once the write took effect
 * (`when` held): the middleware then takes it as kept and does not keep it a second time.
 *
 * @example runBatch(c.var.session, [insert, ...(await keepIdempotentResponse(c, { status: 201, json, when }))])
 */
export async function keepIdempotentResponse(
  c: Context<AppEnv>,
  answer: KeptAnswer,
): Promise<SQL[]> {
  const lease = c.get("idempotency");
  if (!lease) return [];
  const headers = { "content-type": "application/json", ...answer.headers };
  const text = JSON.stringify(answer.json);
  const body = await seal(lease.sealer, text);
  if (body.length > MAX_KEPT_ANSWER) {
    warnNotKept(c, `answer of ${body.length} characters`);
    return [];
  }
  lease.kept = { status: answer.status, body: text };
  return [
    sql`UPDATE idempotency_keys SET status = ${answer.status}, headers = ${JSON.stringify(headers)},
        body = ${body}
      WHERE actor = ${lease.actor} AND key = ${lease.key} AND lease_id = ${lease.leaseId}
        AND status IS NULL AND (${answer.when})`,
  ];
}

/**
 * A new resource's row and the 201 answer a retry replays (with its Location), committed in one
 * batch; then the Location header is set. `exists` is true exactly when the row was stored.
 */
export async function storeCreated(
  c: Context<AppEnv>,
  insert: Statement,
  created: { json: unknown; location: string; exists: SQL },
): Promise<void> {
  const { json, location, exists } = created;
  await runBatch(c.var.session, [
    insert,
    ...(await keepIdempotentResponse(c, {
      status: 201,
      json,
      headers: { location },
      when: exists,
    })),
  ]);
  c.header("Location", location);
}

function warnNotKept(c: Context<AppEnv>, why: string) {
  // The write itself succeeded: a retry runs again, and the dedupe by URL or claim text answers it.
  console.error(
    JSON.stringify({
      level: "warn",
      request_id: c.get("requestId"),
      message: "idempotent response not stored",
      error: why,
    }),
  );
}
