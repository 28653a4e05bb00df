import { createRoute, z } from "@hono/zod-openapi";
import { idParam, jsonContent, problemResponses, publicSecurity } from "../../lib/openapi";

const tags = ["Embedding"];
const htmlContent = (description: string) => ({
  content: { "text/html": { schema: z.string() } },
  description,
});
const ThemeQuery = z.object({
  theme: z
    .enum(["light", "dark"])
    .default("light")
    .openapi({ description: "Colour theme of the page" }),
});

export const widgetScript = createRoute({
  operationId: "getWidgetScript",
  security: publicSecurity,
  method: "get",
  path: "/widget.js",
  tags,
  summary: "The embed widget script",
  description:
    'Load it on a page with an async script element (`src` …/widget.js): every `<div data-claimtrail-claim="ID">` becomes ' +
    'a status badge, every `<div data-claimtrail-article="ID">` the list of its claims. Optional attributes: ' +
    '`data-claimtrail-theme="light|dark"`, `data-claimtrail-refresh="<seconds>"` (default 60, 0 = never). ' +
    'A claim whose `already_checked` is set also shows "Also checked: Refuted by …" with a link to that matching claim.',
  responses: {
    200: { content: { "text/javascript": { schema: z.string() } }, description: "The script" },
  },
});

export const claimEmbed = createRoute({
  operationId: "getClaimEmbed",
  security: publicSecurity,
  method: "get",
  path: "/embed/claims/{id}",
  tags,
  summary:
    "Iframe page for a claim: status, claimant, source and history, with ClaimReview JSON-LD",
  description:
    'Also names the best-scoring rated claim of another article that matches this one ("Also checked: Refuted by …", ' +
    "the claim's `already_checked`); the ClaimReview JSON-LD is this claim's own, present only once it is rated.",
  request: { params: idParam("clm_01jf8x3k9q7c2m4n5p6r7s8t9v"), query: ThemeQuery },
  responses: { 200: htmlContent("The page"), ...problemResponses("not_found", "bad_request") },
});

export const articleEmbed = createRoute({
  operationId: "getArticleEmbed",
  security: publicSecurity,
  method: "get",
  path: "/embed/articles/{id}",
  tags,
  summary: "Iframe page for an article's claims and their statuses",
  description:
    'Each claim with its status, and "Also checked: …" under a claim whose `already_checked` is set.',
  request: { params: idParam("art_01jf8x3k9q7c2m4n5p6r7s8t9v"), query: ThemeQuery },
  responses: { 200: htmlContent("The page"), ...problemResponses("not_found", "bad_request") },
});

export const OEmbedSchema = z
  .object({
    version: z.literal("1.0"),
    type: z.literal("rich"),
    provider_name: z.string(),
    provider_url: z.string(),
    title: z.string(),
    html: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    cache_age: z.number().int(),
  })
  .openapi("OEmbed");

export const oembed = createRoute({
  operationId: "getOEmbed",
  security: publicSecurity,
  method: "get",
  path: "/oembed",
  tags,
  summary: "oEmbed 1.0 (rich) for claim and article embed pages",
  request: {
    query: z.object({
      url: z.string().max(2048).openapi({
        description:
          "An /embed/… or /v1/claims|articles/… URL of this API; any other (not a URL at all included) is a 404",
      }),
      format: z
        .string()
        .default("json")
        .openapi({ description: "Only json is supported (xml answers 501)" }),
      maxwidth: z.coerce.number().int().min(50).max(4000).optional(),
      maxheight: z.coerce.number().int().min(50).max(4000).optional(),
    }),
  },
  responses: {
    200: jsonContent(OEmbedSchema, "The oEmbed response"),
    ...problemResponses("not_found", "bad_request", "not_implemented"),
  },
});

export const claimReviewRoute = createRoute({
  operationId: "getClaimReview",
  security: publicSecurity,
  method: "get",
  path: "/v1/claims/{id}/claimreview",
  tags,
  summary: "schema.org ClaimReview JSON-LD for a rated claim (confirmed, disputed, refuted)",
  request: { params: idParam("clm_01jf8x3k9q7c2m4n5p6r7s8t9v") },
  responses: {
    200: {
      content: { "application/ld+json": { schema: z.record(z.string(), z.unknown()) } },
      description: "ClaimReview",
    },
    ...problemResponses("not_found", "claim_not_rated"),
  },
});
