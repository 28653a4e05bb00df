import { isNull } from "drizzle-orm";
import { webhooks } from "../db/schema";
import type { Database, WebhookMessage } from "../env";

/** The most messages one `sendBatch` call takes. */
const SEND_BATCH_LIMIT = 100;

/** A subscriber as deliveries need it. */
type Subscriber = Pick<typeof webhooks.$inferSelect, "id" | "events">;

/**
 * The active subscribers, as a statement a write can run in its own batch (its rows through
 * `selectedRows(webhooks, result)`), so queueing its events costs no round trip of its own.
 */
export function activeSubscribersQuery(db: Database) {
  return db.select().from(webhooks).where(isNull(webhooks.disabledAt));
}

/**
 * Queues one delivery per (event, active subscriber to its type). Called after
 * the write that made the events has committed; a failure to queue is logged and
 * does not undo the write (the events stay in /v1/changes for catching up).
 * `subscribers`, when given, are the active ones as the write's batch read them
 * ({@link activeSubscribersQuery}); otherwise they are read here.
 */
export async function enqueueDeliveries(
  db: Database,
  queue: Queue<WebhookMessage>,
  events: { id: string; type: WebhookMessage["type"] }[],
  requestId: string,
  subscribers?: Subscriber[],
): Promise<void> {
  if (events.length === 0) return;
  try {
    const hooks = subscribers ?? (await activeSubscribersQuery(db));
    const messages = events.flatMap((event) =>
      hooks
        .filter((hook) => hook.events.includes(event.type))
        .map((hook) => ({ body: { webhookId: hook.id, eventId: event.id, type: event.type } })),
    );
    for (let i = 0; i < messages.length; i += SEND_BATCH_LIMIT) {
      await queue.sendBatch(messages.slice(i, i + SEND_BATCH_LIMIT));
    }
  } catch (error) {
    console.error(
      JSON.stringify({
        level: "error",
        request_id: requestId,
        message: "queueing webhook deliveries failed",
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  }
}
