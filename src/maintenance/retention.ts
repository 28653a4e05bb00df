import { sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { database } from "../db/client";
import { idempotencyKeys, webhookDeliveries } from "../db/schema";
import type { Bindings } from "../env";

const HOUR_MS = 60 * 60 * 1000;

/**
 * How long a stored `Idempotency-Key` response is kept: 24 hours, the replay window
 * src/middleware/idempotency.ts honours (an older entry is taken over by the next request with
 * its key anyway), so deleting it changes no answer.
 */
export const IDEMPOTENCY_KEY_RETENTION_MS = 24 * HOUR_MS;

/**
 * How long a webhook delivery attempt is kept, for `GET /v1/webhooks/{id}/deliveries`: 30 days,
 * long enough to debug a subscriber that failed over a holiday.
 */
export const WEBHOOK_DELIVERY_RETENTION_MS = 30 * 24 * HOUR_MS;

/**
 * Rows deleted per statement, and statements per table per run: each statement stays short (D1
 * runs one query at a time per database) and a run stays within the Workers free plan's 50
 * queries per invocation. An hourly run removes up to 20,000 rows per table; a backlog (the first
 * run on an old database) is worked off over the next runs.
 */
export const RETENTION_CHUNK_ROWS = 1000;
export const RETENTION_MAX_CHUNKS = 20;

/** The tables retention prunes, each by its `created_at` (ISO 8601 UTC, so strings sort as times). */
const TARGETS: {
  name: "idempotency_keys" | "webhook_deliveries";
  table: SQLiteTable;
  createdAt: SQLiteColumn;
  ageMs: number;
}[] = [
  {
    name: "idempotency_keys",
    table: idempotencyKeys,
    createdAt: idempotencyKeys.createdAt,
    ageMs: IDEMPOTENCY_KEY_RETENTION_MS,
  },
  {
    name: "webhook_deliveries",
    table: webhookDeliveries,
    createdAt: webhookDeliveries.createdAt,
    ageMs: WEBHOOK_DELIVERY_RETENTION_MS,
  },
];

/** The rows of `table` older than `cutoff`, oldest first, at most `limit` (an index range). */
export function expiredRows(
  table: "idempotency_keys" | "webhook_deliveries",
  cutoff: string,
  limit: number,
) {
  const target = TARGETS.find((t) => t.name === table) as (typeof TARGETS)[number];
  return sql`SELECT rowid FROM ${target.table} WHERE ${target.createdAt} < ${cutoff} ORDER BY ${target.createdAt} LIMIT ${limit}`;
}

export interface RetentionOptions {
  /** The time the run counts ages from (default: now). */
  now?: number;
  chunkRows?: number;
  maxChunks?: number;
}

/**
 * Deletes idempotency rows and webhook delivery rows past their age, oldest first, in bounded
 * chunks (each an index range on `created_at`). Returns how many rows each table lost.
 * Run by the cron trigger in wrangler.toml (`[triggers] crons`), through `scheduled` in
 * src/index.ts.
 */
export async function pruneExpiredRows(
  env: Pick<Bindings, "DB">,
  options: RetentionOptions = {},
): Promise<Record<string, number>> {
  const now = options.now ?? Date.now();
  const chunkRows = options.chunkRows ?? RETENTION_CHUNK_ROWS;
  const maxChunks = options.maxChunks ?? RETENTION_MAX_CHUNKS;
  const db = database(env.DB.withSession("first-primary"));
  const removed: Record<string, number> = {};
  for (const target of TARGETS) {
    const cutoff = new Date(now - target.ageMs).toISOString();
    let count = 0;
    for (let chunk = 0; chunk < maxChunks; chunk++) {
      const result = await db.run(
        sql`DELETE FROM ${target.table} WHERE rowid IN (${expiredRows(target.name, cutoff, chunkRows)})`,
      );
      const changes = result.meta.changes ?? 0;
      count += changes;
      if (changes < chunkRows) break;
    }
    removed[target.name] = count;
  }
  return removed;
}

/** The cron trigger's handler: prunes, and logs what it removed as one JSON line. */
export async function runRetention(controller: ScheduledController, env: Bindings): Promise<void> {
  const removed = await pruneExpiredRows(env, { now: controller.scheduledTime });
  if ((env.LOG_LEVEL ?? "info") === "error") return;
  console.log(
    JSON.stringify({ level: "info", message: "retention", cron: controller.cron, removed }),
  );
}
