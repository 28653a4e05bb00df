import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from "cloudflare:test";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import {
  expiredRows,
  IDEMPOTENCY_KEY_RETENTION_MS,
  pruneExpiredRows,
  WEBHOOK_DELIVERY_RETENTION_MS,
} from "../../src/maintenance/retention";

const MINUTE = 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Rows of both tables, `created_at` set by the test: `ages` in ms before `now`. */
async function seed(
  tag: string,
  now: number,
  ages: { idempotency: number[]; deliveries: number[] },
) {
  const webhookId = `whk_retention_${tag}`;
  await env.DB.prepare(
    "INSERT INTO webhooks (id, url, events, secret, created_by) VALUES (?, 'https://hooks.example.org/x', '[]', 'whsec_x', 'test')",
  )
    .bind(webhookId)
    .run();
  const statements = [
    ...ages.idempotency.map((age, i) =>
      env.DB.prepare(
        "INSERT INTO idempotency_keys (actor, key, fingerprint, created_at) VALUES (?, ?, 'f', ?)",
      ).bind(`actor_${tag}`, `key_${i}_${age}`, iso(now - age)),
    ),
    ...ages.deliveries.map((age, i) =>
      env.DB.prepare(
        "INSERT INTO webhook_deliveries (id, webhook_id, event_id, event_type, attempt, outcome, duration_ms, created_at) VALUES (?, ?, 'evt_x', 'claim.created', 1, 'succeeded', 5, ?)",
      ).bind(`dlv_${tag}_${i}`, webhookId, iso(now - age)),
    ),
  ];
  await env.DB.batch(statements);
  return { webhookId, actor: `actor_${tag}` };
}

async function remaining(actor: string, webhookId: string) {
  const keys = await env.DB.prepare(
    "SELECT created_at FROM idempotency_keys WHERE actor = ? ORDER BY created_at",
  )
    .bind(actor)
    .all<{ created_at: string }>();
  const deliveries = await env.DB.prepare(
    "SELECT created_at FROM webhook_deliveries WHERE webhook_id = ? ORDER BY created_at",
  )
    .bind(webhookId)
    .all<{ created_at: string }>();
  return {
    idempotency: keys.results.map((r) => r.created_at),
    deliveries: deliveries.results.map((r) => r.created_at),
  };
}

describe("retention (the cron trigger)", () => {
  it("the scheduled handler removes rows past their age and keeps the younger ones", async () => {
    // In the past, so the rows other tests write (created now) are all younger than any cutoff
    // and stay: every row this run can reach is this test's.
    const now = Date.parse("2020-06-01T12:00:00.000Z");
    const day = 24 * 60 * MINUTE;
    const { actor, webhookId } = await seed("cron", now, {
      idempotency: [
        IDEMPOTENCY_KEY_RETENTION_MS + MINUTE,
        3 * day,
        IDEMPOTENCY_KEY_RETENTION_MS - MINUTE,
        MINUTE,
      ],
      deliveries: [
        WEBHOOK_DELIVERY_RETENTION_MS + MINUTE,
        90 * day,
        WEBHOOK_DELIVERY_RETENTION_MS - MINUTE,
        day,
      ],
    });
    const controller = createScheduledController({ scheduledTime: now, cron: "17 * * * *" });
    const ctx = createExecutionContext();
    await worker.scheduled(controller, { ...env, LOG_LEVEL: "error" }, ctx);
    await waitOnExecutionContext(ctx);
    expect(await remaining(actor, webhookId)).toEqual({
      idempotency: [iso(now - IDEMPOTENCY_KEY_RETENTION_MS + MINUTE), iso(now - MINUTE)],
      deliveries: [iso(now - WEBHOOK_DELIVERY_RETENTION_MS + MINUTE), iso(now - day)],
    });
  });

  it("works through more expired rows than one chunk, oldest first, and stops at its bound", async () => {
    // Before the first test's rows, so its survivors are younger than this run's cutoff too.
    const now = Date.parse("2019-01-01T00:00:00.000Z");
    const old = Array.from(
      { length: 7 },
      (_, i) => IDEMPOTENCY_KEY_RETENTION_MS + (i + 1) * MINUTE,
    );
    const { actor, webhookId } = await seed("chunks", now, {
      idempotency: [...old, MINUTE],
      deliveries: [],
    });
    // 2 chunks of 3: 6 of the 7 expired rows go, the oldest first; the next run takes the last.
    const first = await pruneExpiredRows(env, { now, chunkRows: 3, maxChunks: 2 });
    expect(first).toEqual({ idempotency_keys: 6, webhook_deliveries: 0 });
    const left = (await remaining(actor, webhookId)).idempotency;
    expect(left).toContain(iso(now - MINUTE));
    expect(left).toContain(iso(now - IDEMPOTENCY_KEY_RETENTION_MS - MINUTE)); // the youngest expired one
    await pruneExpiredRows(env, { now, chunkRows: 3, maxChunks: 2 });
    expect((await remaining(actor, webhookId)).idempotency).toEqual([iso(now - MINUTE)]);
  });
});

describe("retention's deletes", () => {
  it.each(["idempotency_keys", "webhook_deliveries"] as const)(
    "find %s's expired rows through the created_at index",
    async (table) => {
      const { sql, params } = new SQLiteSyncDialect().sqlToQuery(
        expiredRows(table, "2020-01-01T00:00:00.000Z", 1000),
      );
      const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...params)
        .all<{ detail: string }>();
      expect(results.map((r) => r.detail).join(" | ")).toMatch(
        new RegExp(
          `^SEARCH ${table} USING (COVERING )?INDEX ${table}_created_idx \\(created_at<\\?\\)$`,
        ),
      );
    },
  );
});
