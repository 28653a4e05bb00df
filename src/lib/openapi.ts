import { z } from "@hono/zod-openapi";
import type { Role } from "../env";
import { canonicalLanguageTag, LANGUAGE_TAG } from "./language-tag";
import { type ProblemCode, problemTypes } from "./problem";

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "https://api.example.com/problems/validation_failed" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    request_id: z.string(),
    errors: z
      .array(z.object({ field: z.string(), pointer: z.string().optional(), message: z.string() }))
      .optional()
      .openapi({ description: "For validation problems: each bad field" }),
  })
  .openapi("Problem", { description: "An RFC 9457 problem details object" });

/** The OpenAPI entry for a JSON body or response. */
export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

/** A required JSON request body: the route validates it whatever the Content-Type says. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true };
}

/** Problem responses for the given codes, keyed by status, for a route's `responses`. */
export function problemResponses(...codes: ProblemCode[]) {
  const responses: Record<
    number,
    { description: string; content: Record<string, { schema: typeof ProblemSchema }> }
  > = {};
  // Every route may be rate limited or fail unexpectedly.
  for (const code of ["rate_limited", "internal", ...codes] as ProblemCode[]) {
    const { status, title } = problemTypes[code];
    const existing = responses[status];
    responses[status] = {
      description: existing ? `${existing.description}; ${title}` : title,
      content: { "application/problem+json": { schema: ProblemSchema } },
    };
  }
  return responses;
}

export const bearerSecurity = [{ bearerAuth: [] }];

/**
 * The security requirement of a route limited to `role` and above: the bearer key,
 * with the role named as OpenAPI 3.1 allows for non-OAuth schemes (the auth tests
 * read it from here).
 */
export function roleSecurity(role: Role) {
  return [{ bearerAuth: [role] }];
}

/** Public operations: no key needed (a key that names nothing is still a 401). */
export const publicSecurity: { [scheme: string]: string[] }[] = [];

export const PageQuerySchema = z.object({
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ description: "`next_cursor` of the previous page" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ description: "Page size, 1 to 100 (default 20)" }),
});

/** `{data, next_cursor}`: the shape of every list. */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      data: z.array(item),
      next_cursor: z
        .string()
        .nullable()
        .openapi({ description: "Pass as `cursor` for the next page; null on the last page" }),
    })
    .openapi(name);
}

/**
 * One path segment, and not `.` or `..`: clients resolve those dot segments before sending
 * (RFC 3986, 5.2.4), so such an id would reach another route.
 */
const SEGMENT = /^(?:[^./][^/]*|\.[^./][^/]*|\.\.[^/]+)$/;

/** A resource id in the path; an id that names nothing is a 404, whatever else its shape. */
export function idParam(example: string) {
  return z.object({
    id: z
      .string()
      .max(64)
      .regex(SEGMENT, "Must be one path segment, not . or ..")
      .openapi({ param: { name: "id", in: "path" }, example }),
  });
}

/** An absolute http(s) URL (any other scheme, or a relative URL, is a validation error). */
export const httpUrl = (max = 2048) =>
  z
    .url({ protocol: /^https?$/, error: "Must be an absolute http or https URL" })
    .max(max)
    .openapi({ format: "uri", pattern: "^[Hh][Tt][Tt][Pp][Ss]?:" });

/**
 * A string of at most `max` characters (code points, as JSON Schema counts them), counted as
 * sent, that the server then trims: what `maxLength` says, so padding cannot carry a longer one in.
 */
export function trimmed(max: number) {
  return z.string().max(max).trim();
}

/**
 * A trimmed string ({@link trimmed}) with at least one character that is not whitespace. The
 * pattern says so in the description (`minLength` alone would admit "   ", which the server refuses).
 */
export function nonBlank(max: number) {
  return trimmed(max).min(1).openapi({ pattern: "\\S" });
}

/**
 * A BCP 47 language tag in any case ({@link LANGUAGE_TAG}), read in its canonical case
 * (`EN-us` is `en-US`: {@link canonicalLanguageTag}).
 */
export function languageTag(example: string) {
  return z
    .string()
    .regex(LANGUAGE_TAG, `Must be a BCP 47 language tag, such as en or ${example}`)
    .transform(canonicalLanguageTag)
    .openapi({ type: "string", pattern: LANGUAGE_TAG.source, example });
}
