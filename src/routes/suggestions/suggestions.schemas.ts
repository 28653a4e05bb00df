import { z } from "@hono/zod-openapi";
import { suggestionStates } from "../../db/schema";
import { PageQuerySchema } from "../../lib/openapi";
import { ClaimSchema } from "../claims/claims.schemas";

const ReviewerSchema = z.object({ name: z.string(), country: z.string().nullable() });

export const SuggestionSchema = z
  .object({
    id: z.string().openapi({ example: "sug_01jf8x3k9q7c2m4n5p6r7s8t9v" }),
    status: z.enum(suggestionStates).openapi({
      description: "`open` until a fact-checker accepts or rejects it",
    }),
    claim_id: z.string().openapi({ description: "The earlier claim the suggestion is for" }),
    suggested_status: z.object({
      status: z.enum(["under_review", "disputed"]),
      reviewer: ReviewerSchema.nullable(),
    }),
    reason: z.string().nullable().openapi({
      description: "The later article's sentence that reports the review or denial",
    }),
    source: z
      .object({ claim_id: z.string(), article_id: z.string(), article_url: z.string() })
      .openapi({ description: "The later article's claim the signal is about, and the article" }),
    score: z.number().min(0).max(1).openapi({ description: "How well the two claims match" }),
    decided_by: z.string().nullable(),
    decided_at: z.string().nullable(),
    event_id: z
      .string()
      .nullable()
      .openapi({ description: "The history event the decision wrote" }),
    created_at: z.string(),
  })
  .openapi("Suggestion");

export const SuggestionDecisionSchema = z
  .object({ suggestion: SuggestionSchema, claim: ClaimSchema })
  .openapi("SuggestionDecision");

export const ListSuggestionsQuerySchema = PageQuerySchema.extend({
  status: z.enum(suggestionStates).default("open").openapi({ description: "Default `open`" }),
  claim_id: z.string().max(64).optional(),
});
