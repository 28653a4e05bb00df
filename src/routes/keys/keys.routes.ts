import { createRoute, z } from "@hono/zod-openapi";
import { roles } from "../../env";
import {
  idParam,
  jsonBody,
  jsonContent,
  nonBlank,
  PageQuerySchema,
  pageOf,
  problemResponses,
  roleSecurity,
} from "../../lib/openapi";
import { requireRole } from "../../middleware/auth";

export const KeySchema = z
  .object({
    id: z.string().openapi({ example: "key_01jf8x3k9q7c2m4n5p6r7s8t9v" }),
    name: z.string(),
    role: z.enum(roles),
    prefix: z
      .string()
      .openapi({ description: "The first characters of the secret, to tell keys apart" }),
    created_at: z.string(),
    revoked_at: z.string().nullable(),
  })
  .openapi("ApiKey");

export const CreatedKeySchema = KeySchema.extend({
  key: z
    .string()
    .openapi({ description: "The secret. Shown only in this response; store it now." }),
}).openapi("CreatedApiKey");

export const CreateKeySchema = z
  .strictObject({
    name: nonBlank(100).openapi({ example: "newsroom-scraper" }),
    role: z.enum(roles),
  })
  .openapi("CreateApiKey");

const tags = ["Keys"];
const adminOnly = [requireRole("admin")];
const authProblems = ["unauthorized", "forbidden"] as const;

export const createKey = createRoute({
  operationId: "createKey",
  method: "post",
  path: "/v1/keys",
  tags,
  summary: "Create an API key (admin)",
  security: roleSecurity("admin"),
  middleware: adminOnly,
  request: { body: jsonBody(CreateKeySchema) },
  responses: {
    201: jsonContent(CreatedKeySchema, "The new key, with its secret shown this once"),
    ...problemResponses(
      "malformed_json",
      "validation_failed",
      "unsupported_media_type",
      "payload_too_large",
      ...authProblems,
    ),
  },
});

export const listKeys = createRoute({
  operationId: "listKeys",
  method: "get",
  path: "/v1/keys",
  tags,
  summary: "List API keys (admin); secrets are never returned",
  security: roleSecurity("admin"),
  middleware: adminOnly,
  request: { query: PageQuerySchema },
  responses: {
    200: jsonContent(pageOf(KeySchema, "ApiKeyPage"), "Keys, newest first"),
    ...problemResponses("bad_request", ...authProblems),
  },
});

export const revokeKey = createRoute({
  operationId: "revokeKey",
  method: "delete",
  path: "/v1/keys/{id}",
  tags,
  summary: "Revoke an API key (admin); it stops working on the next request",
  security: roleSecurity("admin"),
  middleware: adminOnly,
  request: { params: idParam("key_01jf8x3k9q7c2m4n5p6r7s8t9v") },
  responses: {
    204: { description: "Revoked (also when it already was)" },
    ...problemResponses("not_found", ...authProblems),
  },
});
