import { createRouter } from "../../app";
import {
  createWebhookHandler,
  deleteWebhookHandler,
  getWebhookHandler,
  listDeliveriesHandler,
  listWebhooksHandler,
} from "./webhooks.handlers";
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listDeliveries,
  listWebhooks,
} from "./webhooks.routes";

export const webhooksRouter = createRouter()
  .openapi(createWebhook, createWebhookHandler)
  .openapi(listWebhooks, listWebhooksHandler)
  .openapi(getWebhook, getWebhookHandler)
  .openapi(deleteWebhook, deleteWebhookHandler)
  .openapi(listDeliveries, listDeliveriesHandler);
