import { createRoute, z } from "@hono/zod-openapi";
import { webhookEvents } from "../../db/schema";
import {
  httpUrl,
  idParam,
  jsonBody,
  jsonContent,
  nonBlank,
  PageQuerySchema,
  pageOf,
  problemResponses,
  roleSecurity,
} from "../../lib/openapi";
import { requireRole } from "../../middleware/auth";

export const WebhookSchema = z
  .object({
    id: z.string().openapi({ example: "whk_01jf8x3k9q7c2m4n5p6r7s8t9v" }),
    url: z.string(),
    events: z.array(z.enum(webhookEvents)),
    description: z.string().nullable(),
    created_at: z.string(),
    consecutive_failures: z.number().int(),
    disabled_at: z
      .string()
      .nullable()
      .openapi({ description: "Set when repeated failures disabled it" }),
  })
  .openapi("Webhook");

export const CreatedWebhookSchema = WebhookSchema.extend({
  secret: z.string().openapi({
    description: "Standard Webhooks signing secret (`whsec_…`). Shown only in this response.",
  }),
}).openapi("CreatedWebhook");

export const CreateWebhookSchema = z
  .strictObject({
    url: httpUrl(),
    events: z.array(z.enum(webhookEvents)).min(1).max(webhookEvents.length),
    description: nonBlank(500).optional(),
  })
  .openapi("CreateWebhook");

export const DeliverySchema = z
  .object({
    id: z.string(),
    event_id: z.string(),
    event_type: z.string(),
    attempt: z.number().int(),
    outcome: z.enum(["succeeded", "failed"]),
    response_status: z.number().int().nullable(),
    error: z.string().nullable(),
    duration_ms: z.number().int(),
    created_at: z.string(),
  })
  .openapi("WebhookDelivery");

const tags = ["Webhooks"];
const adminOnly = [requireRole("admin")];
const params = idParam("whk_01jf8x3k9q7c2m4n5p6r7s8t9v");

export const createWebhook = createRoute({
  operationId: "createWebhook",
  method: "post",
  path: "/v1/webhooks",
  tags,
  summary: "Subscribe a URL to claim events (admin)",
  description:
    "Each event is POSTed as JSON `{type, timestamp, data: {event, claim}}`, signed per the Standard Webhooks " +
    "spec (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Failed deliveries are retried with " +
    "exponential backoff (6 attempts); 15 failures in a row disable the subscriber.",
  security: roleSecurity("admin"),
  middleware: adminOnly,
  request: { body: jsonBody(CreateWebhookSchema) },
  responses: {
    201: jsonContent(CreatedWebhookSchema, "Subscribed; the secret is shown this once"),
    ...problemResponses(
      "malformed_json",
      "validation_failed",
      "unsupported_media_type",
      "unauthorized",
      "forbidden",
      "url_not_fetchable",
    ),
  },
});

export const listWebhooks = createRoute({
  operationId: "listWebhooks",
  method: "get",
  path: "/v1/webhooks",
  tags,
  summary: "List webhook subscribers (admin)",
  security: roleSecurity("admin"),
  middleware: adminOnly,
  request: { query: PageQuerySchema },
  responses: {
    200: jsonContent(pageOf(WebhookSchema, "WebhookPage"), "Subscribers, newest first"),
    ...problemResponses("bad_request", "unauthorized", "forbidden"),
  },
});

export const getWebhook = createRoute({
  operationId: "getWebhook",
  method: "get",
  path: "/v1/webhooks/{id}",
  tags,
  summary: "Get a webhook subscriber (admin)",
  security: roleSecurity("admin"),
  middleware: adminOnly,
  request: { params },
  responses: {
    200: jsonContent(WebhookSchema, "The subscriber"),
    ...problemResponses("not_found", "unauthorized", "forbidden"),
  },
});

export const deleteWebhook = createRoute({
  operationId: "deleteWebhook",
  method: "delete",
  path: "/v1/webhooks/{id}",
  tags,
  summary: "Unsubscribe (admin); queued deliveries to it are dropped",
  security: roleSecurity("admin"),
  middleware: adminOnly,
  request: { params },
  responses: {
    204: { description: "Deleted" },
    ...problemResponses("not_found", "unauthorized", "forbidden"),
  },
});

export const listDeliveries = createRoute({
  operationId: "listDeliveries",
  method: "get",
  path: "/v1/webhooks/{id}/deliveries",
  tags,
  summary: "Delivery attempts to a subscriber, newest first (admin)",
  security: roleSecurity("admin"),
  middleware: adminOnly,
  request: { params, query: PageQuerySchema },
  responses: {
    200: jsonContent(pageOf(DeliverySchema, "WebhookDeliveryPage"), "Attempts"),
    ...problemResponses("bad_request", "not_found", "unauthorized", "forbidden"),
  },
});
