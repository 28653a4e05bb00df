import { type AppOptions, createApp } from "./app";
import type { Bindings, WebhookMessage } from "./env";
import { runRetention } from "./maintenance/retention";
import { articlesRouter } from "./routes/articles";
import { changesRouter } from "./routes/changes";
import { claimsRouter } from "./routes/claims";
import { embedRouter } from "./routes/embed";
import { factCheckToolsRouter } from "./routes/factcheck-tools";
import { keysRouter } from "./routes/keys";
import { metaRouter } from "./routes/meta";
import { webhooksRouter } from "./routes/webhooks";
import { deliverBatch } from "./webhooks/deliver";

/** The whole API: the app shell with every router mounted and the OpenAPI document. */
export function buildApp(options: AppOptions = {}) {
  const app = createApp(options)
    .route("/", metaRouter)
    .route("/", keysRouter)
    .route("/", articlesRouter)
    .route("/", claimsRouter)
    .route("/", embedRouter)
    .route("/", changesRouter)
    .route("/", factCheckToolsRouter)
    .route("/", webhooksRouter);
  describeApi(app);
  return app;
}

function describeApi(app: ReturnType<typeof createApp>) {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "An API key from POST /v1/keys, or the ADMIN_TOKEN secret",
  });

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Claimtrail API",
      version: "1.0.0",
      description:
        "Articles in, claims out, and each claim's status trail. Every error is an RFC 9457 problem " +
        "(`application/problem+json`); every list is `{data, next_cursor}`. Every response whose " +
        "request read or wrote the database carries `x-d1-bookmark` (a D1 session bookmark); send it " +
        "back as the `x-d1-bookmark` request header to read at least that fresh (your own writes " +
        "included) from any replica or cache; a malformed one is a 400 problem.",
    },
  });
}

const app = buildApp();

/** The app's type, for typed clients: `hc<AppType>(baseUrl)` from `hono/client`. */
export type AppType = typeof app;

export default {
  fetch: app.fetch,
  /** Webhook deliveries (wrangler.toml [[queues.consumers]]). */
  queue: (batch: MessageBatch<WebhookMessage>, env: Bindings) => deliverBatch(batch, env),
  /** Retention: expired idempotency and webhook delivery rows (wrangler.toml [triggers] crons). */
  scheduled: (controller: ScheduledController, env: Bindings, ctx: ExecutionContext) =>
    ctx.waitUntil(runRetention(controller, env)),
} satisfies ExportedHandler<Bindings, WebhookMessage>;
