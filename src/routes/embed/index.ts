import { createRouter } from "../../app";
import {
  articleEmbedHandler,
  claimEmbedHandler,
  claimReviewHandler,
  oembedHandler,
  widgetScriptHandler,
} from "./embed.handlers";
import { articleEmbed, claimEmbed, claimReviewRoute, oembed, widgetScript } from "./embed.routes";

export const embedRouter = createRouter()
  .openapi(widgetScript, widgetScriptHandler)
  .openapi(claimEmbed, claimEmbedHandler)
  .openapi(articleEmbed, articleEmbedHandler)
  .openapi(oembed, oembedHandler)
  .openapi(claimReviewRoute, claimReviewHandler);
