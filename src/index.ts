import { type AppOptions, createApp } from "./app";
import type { Bindings, WebhookMessage } from "./env";
import { completeDocument } from "./lib/openapi-document";
import { runRetention } from "./maintenance/retention";
import { articlesRouter } from "./routes/articles";
import { changesRouter } from "./routes/changes";
import { claimsRouter } from "./routes/claims";
import { deskRouter } from "./routes/desk";
import { embedRouter } from "./routes/embed";
import { factCheckToolsRouter } from "./routes/factcheck-tools";
import { keysRouter } from "./routes/keys";
import { matchesRouter } from "./routes/matches";
import { metaRouter } from "./routes/meta";
import { suggestionsRouter } from "./routes/suggestions";
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
    .route("/", webhooksRouter)
    .route("/", matchesRouter)
    .route("/", suggestionsRouter)
    // HTML pages, not part of the JSON API or its OpenAPI description.
    .route("/", deskRouter);
  describeApi(app);
  return app;
}

function describeApi(app: ReturnType<typeof createApp>) {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "An API key from POST /v1/keys, or the ADMIN_TOKEN secret",
  });

  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get("/openapi.json", (c) => {
    document ??= openApiDocument(app);
    return c.json(document);
  });
}

/** The OpenAPI 3.1 description of `app`: its routes' contracts and what the shell adds to each. */
export function openApiDocument(app: ReturnType<typeof createApp>) {
  return completeDocument(
    app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "Claimtrail API",
        version: "1.0.0",
        description:
          "Articles in, claims out, and each claim's status trail. Every error is an RFC 9457 problem " +
          "(`application/problem+json`); every list is `{data, next_cursor}`. Every response whose " +
          "request read or wrote the database carries `x-d1-bookmark` (a D1 session bookmark); send it " +
          "back as the `x-d1-bookmark` request header to read at least that fresh (your own writes " +
          "included) from any replica or cache; a malformed one is a 400 problem. Raw description: `/openapi.json`.",
      },
      // Relative: the API answers on whatever origin serves this document.
      servers: [{ url: "/" }],
    }),
  );
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
