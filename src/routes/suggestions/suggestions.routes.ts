import { createRoute, z } from "@hono/zod-openapi";
import { idParam, jsonContent, pageOf, problemResponses, roleSecurity } from "../../lib/openapi";
import { requireRole } from "../../middleware/auth";
import {
  ListSuggestionsQuerySchema,
  SuggestionDecisionSchema,
  SuggestionSchema,
} from "./suggestions.schemas";

const tags = ["Suggestions"];
const params = idParam("sug_01jf8x3k9q7c2m4n5p6r7s8t9v");
const etagHeader = {
  ETag: { schema: { type: "string" as const }, description: "The claim's version after it" },
};

export const listSuggestions = createRoute({
  method: "get",
  path: "/v1/suggestions",
  operationId: "listSuggestions",
  tags,
  summary: "Statuses later articles suggest for earlier matching claims (factchecker, admin)",
  description:
    "When an article reports a review or a denial about one of its claims, every earlier stored " +
    "claim of another article that matches it gets a suggestion. Newest first.",
  security: roleSecurity("factchecker"),
  middleware: [requireRole("factchecker")],
  request: { query: ListSuggestionsQuerySchema },
  responses: {
    200: jsonContent(pageOf(SuggestionSchema, "SuggestionPage"), "A page of suggestions"),
    ...problemResponses("bad_request", "unauthorized", "forbidden"),
  },
});

const decided = {
  200: {
    ...jsonContent(SuggestionDecisionSchema, "The suggestion and its claim after the decision"),
    headers: etagHeader,
  },
  ...problemResponses("unauthorized", "forbidden", "not_found", "conflict", "idempotency_conflict"),
};
// Only accepting changes the claim, so only accepting asks for its version (If-Match).
const acceptResponses = {
  ...decided,
  ...problemResponses("precondition_failed", "precondition_required"),
};

export const acceptSuggestion = createRoute({
  method: "post",
  path: "/v1/suggestions/{id}/accept",
  operationId: "acceptSuggestion",
  tags,
  summary: "Accept a suggestion: the claim takes the suggested status (factchecker, admin)",
  description:
    "Send `If-Match` with the claim's ETag (428 without it, 412 if the claim changed since). The " +
    "status change, its history event (the later article as evidence) and the decision are " +
    "written atomically. Accepting an accepted suggestion again changes nothing and answers 200; " +
    "a rejected one is a 409.",
  security: roleSecurity("factchecker"),
  middleware: [requireRole("factchecker")],
  request: {
    params,
    headers: z.object({
      "if-match": z.string().optional().openapi({ description: "The claim's ETag" }),
    }),
  },
  responses: acceptResponses,
});

export const rejectSuggestion = createRoute({
  method: "post",
  path: "/v1/suggestions/{id}/reject",
  operationId: "rejectSuggestion",
  tags,
  summary: "Reject a suggestion: the claim keeps its status (factchecker, admin)",
  description:
    "Writes a history event (status unchanged, the claim's version too) that says so. Rejecting a " +
    "rejected suggestion again changes nothing and answers 200; an accepted one is a 409.",
  security: roleSecurity("factchecker"),
  middleware: [requireRole("factchecker")],
  request: { params },
  responses: decided,
});
