import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import type { WebhookMessage } from "../../src/env";
import worker from "../../src/index";
import { backoffSeconds, deliverBatch, MAX_ATTEMPTS } from "../../src/webhooks/deliver";
import {
  ADMIN,
  BASE,
  call,
  createKey,
  json,
  seedArticle,
  setStatus,
  snapshot,
  uniqueUrl,
} from "../helpers";

interface CreatedWebhook {
  id: string;
  url: string;
  secret: string;
  events: string[];
}

async function subscribe(
  url = `https://hooks.example.org/${crypto.randomUUID()}`,
  events = ["claim.status_changed"],
) {
  const res = await call("POST", "/v1/webhooks", { key: ADMIN, body: { url, events } });
  expect(res.status).toBe(201);
  return json<CreatedWebhook>(res);
}

/** A queue message as the platform hands it to the consumer, recording what the consumer decided. */
function message(body: WebhookMessage, attempts: number) {
  const decision: { acked: boolean; retryDelay: number | null } = {
    acked: false,
    retryDelay: null,
  };
  return {
    decision,
    message: {
      id: crypto.randomUUID(),
      timestamp: new Date(),
      body,
      attempts,
      ack: () => {
        decision.acked = true;
      },
      retry: (options?: { delaySeconds?: number }) => {
        decision.retryDelay = options?.delaySeconds ?? 0;
      },
    } satisfies Message<WebhookMessage>,
  };
}

function batchOf(...messages: Message<WebhookMessage>[]): MessageBatch<WebhookMessage> {
  return {
    queue: "claimtrail-webhooks",
    messages,
    retryAll: () => {},
    ackAll: () => {},
  } as unknown as MessageBatch<WebhookMessage>;
}

/** A status change, and the id of the event it wrote. */
async function statusEvent() {
  const article = await seedArticle(ADMIN);
  const claimId = article.claims[0]?.id ?? "";
  await setStatus(claimId, { status: "refuted", note: "wrong" });
  const history = await json<{ data: { id: string }[] }>(
    await call("GET", `/v1/claims/${claimId}/history`),
  );
  return { claimId, eventId: history.data.at(-1)?.id ?? "" };
}

describe("/v1/webhooks", () => {
  it("creates a subscriber with a Standard Webhooks secret shown once, then lists, gets and deletes it", async () => {
    const hook = await subscribe();
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const listed = await json<{ data: Record<string, unknown>[] }>(
      await call("GET", "/v1/webhooks?limit=100", { key: ADMIN }),
    );
    const mine = listed.data.find((w) => w.id === hook.id);
    expect(mine).toMatchObject({
      url: hook.url,
      events: ["claim.status_changed"],
      disabled_at: null,
    });
    expect(mine).not.toHaveProperty("secret");
    expect((await call("GET", `/v1/webhooks/${hook.id}`, { key: ADMIN })).status).toBe(200);
    expect((await call("DELETE", `/v1/webhooks/${hook.id}`, { key: ADMIN })).status).toBe(204);
    expect((await call("GET", `/v1/webhooks/${hook.id}`, { key: ADMIN })).status).toBe(404);
  });

  it.each([
    "http://127.0.0.1:8080/hook",
    "http://169.254.169.254/latest",
    "http://10.0.0.5/hook",
    "http://localhost/hook",
  ])("refuses a non-public target %s and stores nothing", async (url) => {
    const before = await snapshot();
    const res = await call("POST", "/v1/webhooks", {
      key: ADMIN,
      body: { url, events: ["claim.created"] },
    });
    expect(res.status).toBe(422);
    expect(await snapshot()).toBe(before);
  });

  it("rejects unknown events with 422 and is admin-only", async () => {
    const bad = await call("POST", "/v1/webhooks", {
      key: ADMIN,
      body: { url: "https://a.example.org/h", events: ["claim.deleted"] },
    });
    expect(bad.status).toBe(422);
    const { key } = await createKey("factchecker");
    expect((await call("GET", "/v1/webhooks", { key })).status).toBe(403);
    expect((await call("GET", "/v1/webhooks")).status).toBe(401);
  });
});

describe("webhook delivery (queue consumer)", () => {
  it("signs per Standard Webhooks and retries with backoff until the receiver recovers", async () => {
    const hook = await subscribe();
    const { claimId, eventId } = await statusEvent();
    const received: { verified: unknown; id: string | null }[] = [];
    let calls = 0;
    // A local receiver: verifies every request with the Standard Webhooks library, fails twice, then accepts.
    const receiver = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      expect(request.url).toBe(hook.url);
      const body = await request.text();
      const headers = Object.fromEntries(request.headers);
      received.push({
        verified: new Webhook(hook.secret).verify(body, headers),
        id: request.headers.get("webhook-id"),
      });
      calls += 1;
      return new Response(null, { status: calls <= 2 ? 503 : 204 });
    }) as typeof fetch;

    const body: WebhookMessage = { webhookId: hook.id, eventId, type: "claim.status_changed" };
    const decisions = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const { message: msg, decision } = message(body, attempt);
      await deliverBatch(batchOf(msg), env, { fetch: receiver });
      decisions.push(decision);
    }
    expect(decisions).toEqual([
      { acked: false, retryDelay: backoffSeconds(1) },
      { acked: false, retryDelay: backoffSeconds(2) },
      { acked: true, retryDelay: null },
    ]);
    expect(backoffSeconds(2)).toBeGreaterThan(backoffSeconds(1));
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.id)).size).toBe(1); // the same webhook-id on every retry
    expect(received[2]?.verified).toMatchObject({
      type: "claim.status_changed",
      data: {
        event: { id: eventId, to_status: "refuted", note: "wrong" },
        claim: { id: claimId, status: "refuted" },
      },
    });

    const deliveries = await json<{
      data: { attempt: number; outcome: string; response_status: number }[];
    }>(await call("GET", `/v1/webhooks/${hook.id}/deliveries`, { key: ADMIN }));
    expect(deliveries.data.map((d) => [d.attempt, d.outcome, d.response_status])).toEqual([
      [3, "succeeded", 204],
      [2, "failed", 503],
      [1, "failed", 503],
    ]);
    const after = await json<{ consecutive_failures: number }>(
      await call("GET", `/v1/webhooks/${hook.id}`, { key: ADMIN }),
    );
    expect(after.consecutive_failures).toBe(0);
  });

  it("gives a delivery up after its last attempt, and disables a subscriber that keeps failing", async () => {
    const hook = await subscribe();
    const { eventId } = await statusEvent();
    const down = (async () => new Response("down", { status: 500 })) as unknown as typeof fetch;
    const body: WebhookMessage = { webhookId: hook.id, eventId, type: "claim.status_changed" };
    const last = message(body, MAX_ATTEMPTS);
    await deliverBatch(batchOf(last.message), env, { fetch: down });
    expect(last.decision).toEqual({ acked: true, retryDelay: null });

    await env.DB.prepare("UPDATE webhooks SET consecutive_failures = 14 WHERE id = ?")
      .bind(hook.id)
      .run();
    const next = message(body, 1);
    await deliverBatch(batchOf(next.message), env, { fetch: down });
    expect(next.decision.acked).toBe(true);
    const disabled = await json<{ disabled_at: string | null }>(
      await call("GET", `/v1/webhooks/${hook.id}`, { key: ADMIN }),
    );
    expect(disabled.disabled_at).not.toBeNull();
  });

  it("never sends to a target that is not public, even if one was stored", async () => {
    const hook = await subscribe();
    await env.DB.prepare("UPDATE webhooks SET url = 'http://127.0.0.1:9/x' WHERE id = ?")
      .bind(hook.id)
      .run();
    const { eventId } = await statusEvent();
    let called = false;
    const spy = (async () => {
      called = true;
      return new Response(null, { status: 204 });
    }) as unknown as typeof fetch;
    const { message: msg } = message(
      { webhookId: hook.id, eventId, type: "claim.status_changed" },
      1,
    );
    await deliverBatch(batchOf(msg), env, { fetch: spy });
    expect(called).toBe(false);
  });

  it("queues a delivery for each subscriber when a status changes", async () => {
    const hook = await subscribe();
    await statusEvent();
    // The Worker's own consumer picks the message up; in tests its outbound requests are
    // refused (status 599), so the attempt is recorded as failed: proof it was queued and tried.
    let attempts: { outcome: string; response_status: number | null }[] = [];
    for (let i = 0; i < 50 && attempts.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      attempts = (
        await json<{ data: typeof attempts }>(
          await call("GET", `/v1/webhooks/${hook.id}/deliveries`, { key: ADMIN }),
        )
      ).data;
    }
    expect(attempts[0]).toMatchObject({ outcome: "failed", response_status: 599 });
  });
});

describe("queueing deliveries", () => {
  it("queues a new article's claims once per active claim.created subscriber", async () => {
    const created = await subscribe(undefined, ["claim.created"]);
    const both = await subscribe(undefined, ["claim.created", "claim.status_changed"]);
    const statusOnly = await subscribe(undefined, ["claim.status_changed"]);
    const disabled = await subscribe(undefined, ["claim.created"]);
    await env.DB.prepare(
      "UPDATE webhooks SET disabled_at = '2026-01-01T00:00:00.000Z' WHERE id = ?",
    )
      .bind(disabled.id)
      .run();

    // The Worker's own fetch, with a queue that records what it is given.
    const sent: WebhookMessage[] = [];
    const queue = {
      sendBatch: async (messages: Iterable<MessageSendRequest<WebhookMessage>>) => {
        for (const m of messages) sent.push(m.body);
      },
    } as unknown as Queue<WebhookMessage>;
    const ctx = createExecutionContext();
    const response = await worker.fetch(
      new Request(`${BASE}/v1/articles`, {
        method: "POST",
        headers: { Authorization: `Bearer ${ADMIN}`, "Content-Type": "application/json" },
        body: JSON.stringify({
          url: uniqueUrl("queued"),
          title: "Queued",
          body: "The mayor said the bridge opens in June. The council said it will cost 4 million.",
          extract: false,
          claims: [
            { text: "the bridge opens in June" },
            { text: "the bridge will cost 4 million" },
          ],
        }),
      }),
      { ...env, WEBHOOK_QUEUE: queue },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(response.status).toBe(201);
    const article = await json<{ claims: { id: string }[] }>(response);
    const events = article.claims.map((c) => `evt_${c.id.slice(4)}`).sort();
    const mine = new Set([created.id, both.id, statusOnly.id, disabled.id]);
    const queued = sent.filter((m) => mine.has(m.webhookId));
    for (const hook of [created, both]) {
      const to = queued.filter((m) => m.webhookId === hook.id);
      expect(to.map((m) => m.eventId).sort()).toEqual(events);
      expect(to.every((m) => m.type === "claim.created")).toBe(true);
    }
    expect(
      queued.filter((m) => m.webhookId === statusOnly.id || m.webhookId === disabled.id),
    ).toEqual([]);
  });
});
