import { z } from "@hono/zod-openapi";
import { nonBlank } from "../../lib/openapi";
import { DEFAULT_THRESHOLD } from "../../matching/rank";
import { ClaimSchema } from "../claims/claims.schemas";

export const MatchedClaimSchema = ClaimSchema.extend({
  article: z
    .object({
      id: z.string(),
      url: z.string(),
      title: z.string(),
      outlet: z.string().nullable(),
      published_at: z.string().nullable(),
    })
    .openapi({ description: "The article the matched claim was stored with" }),
}).openapi("MatchedClaim");

export const MatchSchema = z
  .object({
    score: z.number().min(0).max(1).openapi({
      description:
        "How likely the stored claim asserts the same thing (0..1, a calibrated probability, so one threshold serves every query)",
      example: 0.93,
    }),
    claim: MatchedClaimSchema,
  })
  .openapi("Match");

export const MatchListSchema = z
  .object({ data: z.array(MatchSchema).openapi({ description: "Best first" }) })
  .openapi("MatchList");

const limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(50)
  .default(10)
  .openapi({ description: "How many matches at most, 1 to 50 (default 10)" });

export const MatchRequestSchema = z
  .strictObject({
    text: nonBlank(5000).openapi({
      description:
        "A claim, a sentence, a post or a paragraph; links, handles, hashtags and a tweet's signature are read as such. A text with no word that can match (only punctuation or stop words) matches nothing: an empty `data`",
      example: "1,240 people were detained in raids across 12 provinces, the ministry says",
    }),
    limit: limit.optional(),
    threshold: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .openapi({
        description: `Lowest score returned (default ${DEFAULT_THRESHOLD}); 0 returns the best candidates whatever their score`,
      }),
  })
  .openapi("MatchRequest");

export const ClaimMatchesQuerySchema = z.object({ limit });
