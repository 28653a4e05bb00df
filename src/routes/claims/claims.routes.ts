import { createRoute, z } from "@hono/zod-openapi";
import { claimStatuses } from "../../claims/status";
import { ENTITY_TAG_LIST } from "../../lib/etag";
import {
  idParam,
  jsonBody,
  jsonContent,
  nonBlank,
  PageQuerySchema,
  pageOf,
  problemResponses,
  publicSecurity,
  roleSecurity,
} from "../../lib/openapi";
import { requireRole } from "../../middleware/auth";
import { ClaimEventSchema, ClaimSchema, StatusChangeSchema } from "./claims.schemas";

const tags = ["Claims"];
const params = idParam("clm_01jf8x3k9q7c2m4n5p6r7s8t9v");
const etagHeader = {
  ETag: {
    schema: { type: "string" as const },
    description:
      'The claim as shown: its version tag (`"v3"`) while it has no matches, else the version tag and a hash of its match summary (`"v3-1a2b3c4d"`), so it changes when `match_count` or `already_checked` does. If-Match compares the version part only',
  },
};

export const ListClaimsQuerySchema = PageQuerySchema.extend({
  status: z.enum(claimStatuses).optional(),
  claimant: nonBlank(200).optional().openapi({
    description:
      "Claimant name, case-insensitive. An organisation the article also calls by its acronym is named with it, `International Monetary Fund (IMF)`: either spelling, with or without the acronym, finds it",
  }),
  reviewer: nonBlank(200).optional().openapi({ description: "Reviewer name, case-insensitive" }),
  article_id: z.string().max(64).optional(),
  q: nonBlank(500).optional().openapi({
    description:
      "Full-text search over text, quote and claimant; results are ranked by relevance. Words are runs of letters and digits: a query with none matches no claim",
  }),
});

export const listClaims = createRoute({
  operationId: "listClaims",
  security: publicSecurity,
  method: "get",
  path: "/v1/claims",
  tags,
  summary: "List and search claims",
  description: "Newest first, or by relevance when `q` is given. Filters combine with AND.",
  request: { query: ListClaimsQuerySchema },
  responses: {
    200: jsonContent(pageOf(ClaimSchema, "ClaimPage"), "A page of claims"),
    ...problemResponses("bad_request", "unauthorized"),
  },
});

export const getClaim = createRoute({
  operationId: "getClaim",
  security: publicSecurity,
  method: "get",
  path: "/v1/claims/{id}",
  tags,
  summary: "Get a claim",
  request: { params },
  responses: {
    200: { ...jsonContent(ClaimSchema, "The claim"), headers: etagHeader },
    304: { description: "Not modified (If-None-Match matched)" },
    ...problemResponses("not_found", "unauthorized"),
  },
});

export const getClaimHistory = createRoute({
  operationId: "getClaimHistory",
  security: publicSecurity,
  method: "get",
  path: "/v1/claims/{id}/history",
  tags,
  summary: "A claim's status trail, oldest first (append-only)",
  request: { params, query: PageQuerySchema },
  responses: {
    200: jsonContent(pageOf(ClaimEventSchema, "ClaimEventPage"), "Status events, oldest first"),
    ...problemResponses("bad_request", "not_found", "unauthorized"),
  },
});

export const changeClaimStatus = createRoute({
  operationId: "changeClaimStatus",
  method: "post",
  path: "/v1/claims/{id}/status",
  tags,
  summary: "Change a claim's status (factchecker, admin)",
  description:
    "`If-Match` is required: send the ETag you read (`GET /v1/claims/{id}`). Without it the answer is 428 " +
    "(with the current ETag), with a value that is not a quoted ETag 400, and if the claim changed since " +
    'you read it 412; none of them changes anything. Only the version in the ETag counts (`"v3"` and ' +
    '`"v3-1a2b3c4d"` both name version 3): a change of the claim\'s matches does not make an edit fail. `If-Match: *` applies to whatever version is current. ' +
    "Asking for the status, reviewer and note the claim already has is a no-op: 200 with the current claim, " +
    "no new version, no history event. The claim and its history event are written atomically.",
  security: roleSecurity("factchecker"),
  middleware: [requireRole("factchecker")],
  request: {
    params,
    headers: z.object({
      "if-match": z
        .string()
        .regex(ENTITY_TAG_LIST, 'Must be the quoted ETag the claim was read with, such as "v3"')
        .optional()
        .openapi({
          param: { required: true },
          description:
            'The ETag of the version you are changing, quoted as the ETag header gives it (`"v3"`); `*` for any version. Required: 428 without it',
          example: '"v1"',
        }),
    }),
    body: jsonBody(StatusChangeSchema),
  },
  responses: {
    200: { ...jsonContent(ClaimSchema, "The claim after the change"), headers: etagHeader },
    ...problemResponses(
      "bad_request",
      "malformed_json",
      "validation_failed",
      "unsupported_media_type",
      "payload_too_large",
      "unauthorized",
      "forbidden",
      "not_found",
      "precondition_failed",
      "precondition_required",
      "idempotency_conflict",
      "idempotency_mismatch",
    ),
  },
});
