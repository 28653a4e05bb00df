import { createRoute, z } from "@hono/zod-openapi";
import { jsonContent, PageQuerySchema, problemResponses, publicSecurity } from "../../lib/openapi";
import { ClaimEventSchema } from "../claims/claims.schemas";

const tags = ["Feeds"];

export const ChangeSchema = ClaimEventSchema.extend({
  article_id: z.string(),
}).openapi("Change");

export const listChanges = createRoute({
  operationId: "listChanges",
  security: publicSecurity,
  method: "get",
  path: "/v1/changes",
  tags,
  summary: "Every claim status event, in commit order",
  description:
    "Oldest first. Pass `resume_cursor` back as `after` to get only what happened since: nothing is skipped " +
    "or repeated, even while writes go on. Creation events (`from_status: null`) are included.",
  request: {
    query: PageQuerySchema.omit({ cursor: true }).extend({
      after: z
        .string()
        .max(512)
        .optional()
        .openapi({ description: "`resume_cursor` or `next_cursor` of an earlier page" }),
    }),
  },
  responses: {
    200: jsonContent(
      z
        .object({
          data: z.array(ChangeSchema),
          next_cursor: z
            .string()
            .nullable()
            .openapi({ description: "More events are waiting now; null on the last page" }),
          resume_cursor: z
            .string()
            .openapi({ description: "Always set: where to continue from later" }),
        })
        .openapi("ChangePage"),
      "Status events",
    ),
    ...problemResponses("bad_request"),
  },
});

export const changesAtom = createRoute({
  operationId: "getChangesFeed",
  security: publicSecurity,
  method: "get",
  path: "/feeds/changes.atom",
  tags,
  summary: "Atom feed of the latest status changes",
  responses: {
    200: {
      content: { "application/atom+xml": { schema: z.string() } },
      description: "An Atom 1.0 feed",
    },
  },
});
