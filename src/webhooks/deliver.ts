import { eq, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { presentClaim, presentEvent } from "../claims/records";
import { runBatch } from "../db/batch";
import { database } from "../db/client";
import { claimEvents, claims, webhookDeliveries, webhooks } from "../db/schema";
import type { Bindings, WebhookMessage } from "../env";
import { checkFetchableUrl } from "../ingest/url-guard";
import { newId } from "../lib/ids";

/** Attempts per delivery before it is given up (the first try included). */
export const MAX_ATTEMPTS = 6;
/** Failed attempts in a row, across deliveries, after which a subscriber is disabled. */
export const DISABLE_AFTER_FAILURES = 15;
const TIMEOUT_MS = 10_000;

/** Seconds before retry `attempt` (1-based): 10 s, 20 s, 40 s … capped at an hour. */
export function backoffSeconds(attempt: number): number {
  return Math.min(10 * 2 ** (attempt - 1), 3600);
}

export interface DeliverOptions {
  /** The fetch that reaches subscribers; tests pass a local receiver. */
  fetch?: typeof fetch;
}

/**
 * The queue consumer: sends each message's event to its subscriber, signed per
 * the Standard Webhooks spec (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`), records the attempt, and acks it, or retries it through
 * the queue with exponential backoff. A subscriber that keeps failing is
 * disabled; a deleted or disabled one is skipped.
 */
export async function deliverBatch(
  batch: MessageBatch<WebhookMessage>,
  env: Bindings,
  options: DeliverOptions = {},
) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  // Deliveries write (attempts, failure counts), so their session starts at the primary.
  const session = env.DB.withSession("first-primary");
  const db = database(session);
  for (const message of batch.messages) {
    const { webhookId, eventId, type } = message.body;
    const [hook] = await db.select().from(webhooks).where(eq(webhooks.id, webhookId));
    const [row] = await db
      .select({ event: claimEvents, claim: claims })
      .from(claimEvents)
      .innerJoin(claims, eq(claims.id, claimEvents.claimId))
      .where(eq(claimEvents.id, eventId));
    if (!hook || hook.disabledAt || !row) {
      message.ack();
      continue;
    }

    const payload = JSON.stringify({
      type,
      timestamp: row.event.createdAt,
      data: { event: presentEvent(row.event), claim: presentClaim(row.claim) },
    });
    const msgId = `msg_${eventId}_${webhookId}`; // the same on every retry, for receivers' deduplication
    const started = Date.now();
    let responseStatus: number | null = null;
    let error: string | null = checkFetchableUrl(hook.url);
    if (error === null) {
      try {
        const signature = new Webhook(hook.secret).sign(msgId, new Date(), payload);
        const response = await doFetch(hook.url, {
          method: "POST",
          redirect: "manual",
          signal: AbortSignal.timeout(TIMEOUT_MS),
          headers: {
            "Content-Type": "application/json",
            "User-Agent": "Claimtrail-Webhooks/1.0",
            "webhook-id": msgId,
            "webhook-timestamp": String(Math.floor(Date.now() / 1000)),
            "webhook-signature": signature,
          },
          body: payload,
        });
        responseStatus = response.status;
        await response.body?.cancel();
        if (!response.ok) error = `HTTP ${response.status}`;
      } catch (cause) {
        error =
          cause instanceof Error && cause.name === "TimeoutError"
            ? "timed out"
            : "could not connect";
      }
    }

    const succeeded = error === null;
    const failures = succeeded ? 0 : hook.consecutiveFailures + 1;
    await runBatch(session, [
      db.insert(webhookDeliveries).values({
        id: newId("dlv"),
        webhookId,
        eventId,
        eventType: type,
        attempt: message.attempts,
        outcome: succeeded ? "succeeded" : "failed",
        responseStatus,
        error,
        durationMs: Date.now() - started,
      }),
      db
        .update(webhooks)
        .set({
          consecutiveFailures: succeeded ? 0 : sql`${webhooks.consecutiveFailures} + 1`,
          ...(failures >= DISABLE_AFTER_FAILURES ? { disabledAt: new Date().toISOString() } : {}),
        })
        .where(eq(webhooks.id, webhookId)),
    ]);
    if (succeeded || message.attempts >= MAX_ATTEMPTS || failures >= DISABLE_AFTER_FAILURES)
      message.ack();
    else message.retry({ delaySeconds: backoffSeconds(message.attempts) });
  }
}
