import { createRoute, z } from "@hono/zod-openapi";
import {
  jsonContent,
  languageTag,
  nonBlank,
  problemResponses,
  publicSecurity,
} from "../../lib/openapi";

export const ClaimReviewItemSchema = z
  .object({
    publisher: z.object({
      name: z.string(),
      site: z.string().openapi({
        description:
          "Host-level site name of this API, without the protocol, `www.` or a port (as Google's reference)",
        example: "claimtrail.example",
      }),
    }),
    url: z.string(),
    title: z.string().openapi({
      description:
        "The rating and the claim's text, cut at a word with an ellipsis past 120 characters",
    }),
    reviewDate: z.string().openapi({
      format: "date-time",
      description: "When the claim was last reviewed (its latest status change), RFC 3339 in UTC",
      example: "2026-11-20T09:30:00.000Z",
    }),
    textualRating: z.string().openapi({
      description: "The rating in words: Confirmed, Disputed or Refuted",
      example: "Refuted",
    }),
    languageCode: z.string().optional().openapi({
      description:
        "BCP 47 code of the language the claim was made in, in its canonical case (`en`, `en-US`): the article's, given, from the page, or detected; absent when it could not be told",
      example: "en",
    }),
  })
  .openapi("FactCheckClaimReview");

export const FactCheckClaimSchema = z
  .object({
    text: z.string(),
    claimant: z.string().optional(),
    claimDate: z.string().optional().openapi({
      format: "date-time",
      description:
        "When the claim was made: its article's publication time, else when the article was submitted (RFC 3339, UTC)",
      example: "2026-11-19T00:00:00.000Z",
    }),
    claimReview: z.array(ClaimReviewItemSchema),
  })
  .openapi("FactCheckClaim");

export const ClaimsSearchQuerySchema = z
  .object({
    query: nonBlank(500).optional().openapi({
      description:
        "Words to search for (runs of letters and digits: a query with none matches no claim). This or `reviewPublisherSiteFilter` is required",
    }),
    languageCode: languageTag("es-419").optional().openapi({
      description:
        "Claims made in this language, by the article's language. In any case (`EN-us` is `en-US`). As in Google's API the region is not considered: `en-US`, `en` and `en-GB` all match every English claim (a script, as in `sr-Latn`, is). Claims of articles whose language could not be told are kept",
    }),
    reviewPublisherSiteFilter: nonBlank(253).optional().openapi({
      description:
        "Only reviews published by this site, e.g. example.com (a leading `www.` is ignored). Every review here is this API's own: its site name (the `publisher.site` of its reviews, or the host with its port) matches all of them, any other site none",
    }),
    // 0 is unset, as proto3 (which Google's API is transcoded from) reads it.
    maxAgeDays: z.coerce.number().int().min(0).max(36500).optional().openapi({
      description:
        "Only claims at most this many days old, by their claim date or review date, whichever is newer; 0 or absent: no age limit",
    }),
    pageSize: z.coerce
      .number()
      .int()
      .min(0)
      .max(100)
      .default(10)
      .openapi({ description: "Claims per page; 0 or absent: 10, as in Google's API" }),
    pageToken: z.string().max(512).optional(),
    offset: z.coerce.number().int().min(0).max(10_000).optional(),
    key: z.string().optional().openapi({
      description:
        "Google's API key, as Google's clients send it: accepted and ignored (this search is public)",
    }),
  })
  .refine((q) => q.query !== undefined || q.reviewPublisherSiteFilter !== undefined, {
    path: ["query"],
    message: "Either query or reviewPublisherSiteFilter is required",
  });

export const searchFactChecks = createRoute({
  operationId: "searchFactChecks",
  security: publicSecurity,
  method: "get",
  path: "/v1alpha1/claims:search",
  tags: ["Interop"],
  summary: "Google Fact Check Tools API compatible search",
  description:
    "Same parameters and response as Google's `GET https://factchecktools.googleapis.com/v1alpha1/claims:search`, " +
    "so its clients work against this API unchanged. Returns rated claims (confirmed, disputed, refuted) with " +
    "their review. `pageToken` pages by keyset; `offset` (as in Google's API) skips results within a page walk. " +
    "As in Google's API, `query` or `reviewPublisherSiteFilter` is required: without either the answer is a 400.",
  request: { query: ClaimsSearchQuerySchema },
  responses: {
    200: jsonContent(
      z
        .object({
          claims: z.array(FactCheckClaimSchema).optional(),
          nextPageToken: z.string().optional(),
        })
        .openapi("FactCheckSearchResponse"),
      "Matching claims with their reviews",
    ),
    ...problemResponses("bad_request"),
  },
});
