import { createRoute } from "@hono/zod-openapi";
import { idParam, jsonBody, jsonContent, problemResponses } from "../../lib/openapi";
import { MATCHES_PER_CLAIM } from "../../matching/ingest";
import { DEFAULT_THRESHOLD } from "../../matching/rank";
import { ClaimMatchesQuerySchema, MatchListSchema, MatchRequestSchema } from "./matches.schemas";

const tags = ["Matching"];

export const matchClaims = createRoute({
  method: "post",
  path: "/v1/matches",
  operationId: "matchClaims",
  tags,
  summary: "Has this been checked already? The stored claims that assert the same thing",
  description:
    "Public, rate limited like other anonymous reads. Candidates come from full-text search over " +
    "every stored claim and its article title, then a learned re-ranker scores each 0..1 " +
    `(README: claim matching). Matches scoring below \`threshold\` (default ${DEFAULT_THRESHOLD}) are not returned. ` +
    "Nothing is stored.",
  request: { body: jsonBody(MatchRequestSchema) },
  responses: {
    200: jsonContent(MatchListSchema, "The matches, best first (possibly none)"),
    ...problemResponses(
      "malformed_json",
      "validation_failed",
      "unsupported_media_type",
      "payload_too_large",
      "unauthorized",
    ),
  },
});

export const getClaimMatches = createRoute({
  method: "get",
  path: "/v1/claims/{id}/matches",
  operationId: "getClaimMatches",
  tags,
  summary: "The stored claims of other articles that match this claim",
  description:
    "Found when either claim was stored (scored as POST /v1/matches scores them, kept when the " +
    `score is at least ${DEFAULT_THRESHOLD}), best first. A claim keeps its best ` +
    `${MATCHES_PER_CLAIM} matches among the claims stored before it, and takes a later claim's ` +
    `match while it has fewer than ${MATCHES_PER_CLAIM} scoring at least as high.`,
  request: { params: idParam("clm_01jf8x3k9q7c2m4n5p6r7s8t9v"), query: ClaimMatchesQuerySchema },
  responses: {
    200: jsonContent(MatchListSchema, "The claim's matches, best first"),
    ...problemResponses("bad_request", "not_found", "unauthorized"),
  },
});
