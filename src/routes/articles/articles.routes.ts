import { createRoute, z } from "@hono/zod-openapi";
import {
  httpUrl,
  idParam,
  jsonBody,
  jsonContent,
  languageTag,
  nonBlank,
  PageQuerySchema,
  pageOf,
  problemResponses,
  publicSecurity,
  roleSecurity,
  trimmed,
} from "../../lib/openapi";
import { requireRole } from "../../middleware/auth";
import { ClaimInputSchema, ClaimSchema } from "../claims/claims.schemas";

/** Most claims one request may give; more is a 422 naming `claims`. */
export const MAX_CLAIMS_PER_REQUEST = 200;
const MAX_HTML_CHARS = 2_000_000;

export const ArticleSummarySchema = z
  .object({
    id: z.string().openapi({ example: "art_01jf8x3k9q7c2m4n5p6r7s8t9v" }),
    url: z.string().openapi({ description: "The URL as first submitted" }),
    canonical_url: z
      .string()
      .openapi({ description: "The URL used to recognise the same article again" }),
    title: z.string(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    published_at: z.string().nullable(),
    language: z.string().nullable().openapi({
      description:
        "BCP 47 language in its canonical case (`en`, `en-US`, `sr-Latn`): as submitted, else the page's `lang`, else detected from the text (ISO 639-1); null when it cannot be told",
      example: "en",
    }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("ArticleSummary");

export const ArticleSchema = ArticleSummarySchema.extend({
  body: z.string().openapi({ description: "The article text that claim spans point into" }),
  claims: z.array(ClaimSchema),
}).openapi("Article");

export const CreateArticleSchema = z
  .strictObject({
    url: httpUrl().openapi({ example: "https://news.example.com/2026/11/spy-chief-claims" }),
    title: nonBlank(500).optional().openapi({
      description:
        "Required with `body`; with `html` or a URL alone, the page's own title is used when omitted, else its text's first line (cut at a word to at most 120 characters)",
    }),
    body: z
      .string()
      .min(1)
      .max(500_000)
      .optional()
      .openapi({ description: "The article as plain text" }),
    html: z.string().min(1).max(MAX_HTML_CHARS).optional().openapi({
      description:
        "The article page as HTML; the server keeps its main text. Ignored when `body` is given.",
    }),
    outlet: nonBlank(200).optional(),
    author: nonBlank(200).optional(),
    published_at: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({ example: "2026-11-20T09:30:00Z" }),
    language: languageTag("pt-BR").optional().openapi({
      description:
        "BCP 47 language tag, in any case; stored in its canonical case (`EN-us` as `en-US`)",
    }),
    claims: z.array(ClaimInputSchema).max(MAX_CLAIMS_PER_REQUEST).optional(),
    extract: z.boolean().default(true).openapi({
      description:
        "Find claims in the text automatically. A found claim is not stored when its words (whatever the case, spacing or closing punctuation) repeat a client-given claim or one found earlier in this article from the same claimant (or, unattributed, from nobody), or when its span overlaps a client-given claim's: a statement one speaker repeats is one claim, at its first place",
    }),
  })
  .refine((value) => value.body === undefined || value.title !== undefined, {
    path: ["title"],
    message: "Required when the text is given as `body`",
    // Report it beside other bad fields, not only once they are fixed.
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  })
  // The refine above, as JSON Schema says it.
  .openapi("CreateArticle", { dependentRequired: { body: ["title"] } });

const tags = ["Articles"];
const params = idParam("art_01jf8x3k9q7c2m4n5p6r7s8t9v");
// No 403: submitter is the least role, so every live key may write here.
const writeProblems = [
  "malformed_json",
  "validation_failed",
  "unsupported_media_type",
  "payload_too_large",
  "unauthorized",
  "idempotency_conflict",
  "idempotency_mismatch",
] as const;

export const createArticle = createRoute({
  operationId: "createArticle",
  method: "post",
  path: "/v1/articles",
  tags,
  summary: "Submit an article (submitter+)",
  description:
    "Stores the article and its claims. The text comes from `body`, else the main text of `html`, else the " +
    "server fetches `url` itself (public http/https addresses only, every redirect checked, 8 s and 2 MiB at " +
    "most). The same canonical URL again answers 200 with the article already stored, unchanged. Honours " +
    "`Idempotency-Key`.",
  security: roleSecurity("submitter"),
  middleware: [requireRole("submitter")],
  request: { body: jsonBody(CreateArticleSchema) },
  responses: {
    201: jsonContent(ArticleSchema, "Created; `Location` names it"),
    200: jsonContent(ArticleSchema, "Already stored under this canonical URL"),
    ...problemResponses(...writeProblems, "url_not_fetchable", "no_article_text"),
  },
});

export const getArticle = createRoute({
  operationId: "getArticle",
  security: publicSecurity,
  method: "get",
  path: "/v1/articles/{id}",
  tags,
  summary: "Get an article with its claims",
  request: { params },
  responses: {
    200: jsonContent(ArticleSchema, "The article"),
    ...problemResponses("not_found", "unauthorized"),
  },
});

export const listArticles = createRoute({
  operationId: "listArticles",
  security: publicSecurity,
  method: "get",
  path: "/v1/articles",
  tags,
  summary: "List articles, newest first",
  request: {
    query: PageQuerySchema.extend({
      url: trimmed(2048).optional().openapi({
        description:
          "Any form of the article URL; one that is not an absolute URL matches no article",
      }),
      outlet: nonBlank(200).optional(),
    }),
  },
  responses: {
    200: jsonContent(
      pageOf(ArticleSummarySchema, "ArticlePage"),
      "A page of articles (without body and claims)",
    ),
    ...problemResponses("bad_request", "unauthorized"),
  },
});

export const addClaim = createRoute({
  operationId: "addClaim",
  method: "post",
  path: "/v1/articles/{id}/claims",
  tags,
  summary: "Add a claim to an article by hand (submitter+)",
  security: roleSecurity("submitter"),
  middleware: [requireRole("submitter")],
  request: { params, body: jsonBody(ClaimInputSchema) },
  responses: {
    201: jsonContent(ClaimSchema, "Created; `Location` names it"),
    ...problemResponses(...writeProblems, "not_found", "conflict"),
  },
});
