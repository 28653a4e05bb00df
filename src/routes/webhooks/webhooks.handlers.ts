import type { RouteHandler } from "@hono/zod-openapi";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { runBatch } from "../../db/batch";
import { webhookDeliveries, webhooks } from "../../db/schema";
import type { AppEnv, Database } from "../../env";
import { checkFetchableUrl } from "../../ingest/url-guard";
import { decodeCursor, isIdCursor, paginate } from "../../lib/cursor";
import { newId } from "../../lib/ids";
import { ApiError } from "../../lib/problem";
import { storeCreated } from "../../middleware/idempotency";
import type {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listDeliveries,
  listWebhooks,
} from "./webhooks.routes";

type WebhookRow = typeof webhooks.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

function present(row: WebhookRow) {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    created_at: row.createdAt,
    consecutive_failures: row.consecutiveFailures,
    disabled_at: row.disabledAt,
  };
}

function presentDelivery(row: DeliveryRow) {
  return {
    id: row.id,
    event_id: row.eventId,
    event_type: row.eventType,
    attempt: row.attempt,
    outcome: row.outcome,
    response_status: row.responseStatus,
    error: row.error,
    duration_ms: row.durationMs,
    created_at: row.createdAt,
  };
}

async function findWebhook(db: Database, id: string) {
  const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id));
  if (!row) throw new ApiError("not_found", `No webhook ${id}`);
  return row;
}

export const createWebhookHandler: RouteHandler<typeof createWebhook, AppEnv> = async (c) => {
  const input = c.req.valid("json");
  // Deliveries go to this URL from our network: the same guard as article fetching.
  const refusal = checkFetchableUrl(input.url);
  if (refusal) {
    throw new ApiError("url_not_fetchable", `Webhooks cannot be sent to ${input.url}: ${refusal}`, {
      errors: [{ field: "url", pointer: "/url", message: refusal }],
    });
  }
  const row: WebhookRow = {
    id: newId("whk"),
    url: input.url,
    events: [...new Set(input.events)],
    secret: `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`,
    description: input.description ?? null,
    createdBy: c.var.principal?.name ?? "unknown",
    createdAt: new Date().toISOString(),
    consecutiveFailures: 0,
    disabledAt: null,
  };
  const answer = { ...present(row), secret: row.secret };
  // The subscriber and the answer a retry replays (its signing secret) commit together.
  await storeCreated(c, c.var.db.insert(webhooks).values(row), {
    json: answer,
    location: `/v1/webhooks/${row.id}`,
    exists: sql`EXISTS (SELECT 1 FROM webhooks WHERE id = ${row.id})`,
  });
  return c.json(answer, 201);
};

export const listWebhooksHandler: RouteHandler<typeof listWebhooks, AppEnv> = async (c) => {
  const { cursor, limit } = c.req.valid("query");
  const after = cursor ? decodeCursor(cursor, isIdCursor) : null;
  const rows = await c.var.db
    .select()
    .from(webhooks)
    .where(after ? lt(webhooks.id, after.id) : undefined)
    .orderBy(desc(webhooks.id))
    .limit(limit + 1);
  const { page, next_cursor } = paginate(rows, limit, (row) => ({ id: row.id }));
  return c.json({ data: page.map(present), next_cursor }, 200);
};

export const getWebhookHandler: RouteHandler<typeof getWebhook, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(present(await findWebhook(c.var.db, id)), 200);
};

export const deleteWebhookHandler: RouteHandler<typeof deleteWebhook, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const db = c.var.db;
  await findWebhook(db, id);
  await runBatch(c.var.session, [
    db.delete(webhookDeliveries).where(eq(webhookDeliveries.webhookId, id)),
    db.delete(webhooks).where(eq(webhooks.id, id)),
  ]);
  return c.body(null, 204);
};

export const listDeliveriesHandler: RouteHandler<typeof listDeliveries, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { cursor, limit } = c.req.valid("query");
  await findWebhook(c.var.db, id);
  const after = cursor ? decodeCursor(cursor, isIdCursor) : null;
  const rows = await c.var.db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.webhookId, id),
        after ? lt(webhookDeliveries.id, after.id) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit + 1);
  const { page, next_cursor } = paginate(rows, limit, (row) => ({ id: row.id }));
  return c.json({ data: page.map(presentDelivery), next_cursor }, 200);
};
