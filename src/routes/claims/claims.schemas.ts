import { z } from "@hono/zod-openapi";
import { claimStatuses, countryCodes, isCountryCode } from "../../claims/status";
import { httpUrl, nonBlank, trimmed } from "../../lib/openapi";
import { MATCHES_PER_CLAIM } from "../../matching/ingest";

export const ReviewerSchema = z
  .object({
    name: z.string().openapi({ example: "Turkish authorities" }),
    country: z.string().nullable().openapi({ description: "ISO 3166-1 alpha-2", example: "TR" }),
  })
  .openapi("Reviewer");

const SpanSchema = z
  .object({ start: z.number().int(), end: z.number().int() })
  .openapi("Span", { description: "Offsets in UTF-16 code units, end exclusive" });

export const ClaimSchema = z
  .object({
    id: z.string().openapi({ example: "clm_01jf8x3k9q7c2m4n5p6r7s8t9v" }),
    article_id: z.string(),
    text: z.string().openapi({ description: "What is claimed, without the attribution" }),
    quote: z
      .string()
      .nullable()
      .openapi({ description: "The verbatim words, when the claim is a direct quote" }),
    claimant: z
      .object({ name: z.string(), description: z.string().nullable() })
      .nullable()
      .openapi({ description: "Who makes the claim; null when the article states it itself" }),
    verb: z.string().nullable().openapi({ example: "told CNN" }),
    span: SpanSchema.nullable().openapi({
      description:
        "Where `text` sits in the article body: offsets in UTF-16 code units (JavaScript string indices), end exclusive; null when the text is not in the body (see `in`). A quote its attribution interrupts (“A,” she said, “B.”) is one claim: its span runs from A's first word to B's last, and its `text` and `quote` leave the attribution between them out. So does the `text` of a claim whose cue is set off by commas inside it (`In the coming decade, according to the harbour board, dredging costs will double` claims `In the coming decade, dredging costs will double`)",
    }),
    in: z.enum(["body", "title"]).nullable().openapi({
      description:
        "Where `text` was read: `body` (then `span` locates it), `title` (the headline's claim when the body does not repeat the title; `span` is null), or null for a client's claim found in neither",
      example: "body",
    }),
    checkworthiness: z.number().min(0).max(1),
    status: z.enum(claimStatuses),
    status_label: z.string().openapi({ example: "Under Turkish review" }),
    reviewer: ReviewerSchema.nullable(),
    suggested_status: z
      .object({
        status: z.enum(["under_review", "disputed"]),
        reviewer: ReviewerSchema.nullable(),
        reason: z
          .object({
            text: z.string().openapi({
              example: "Turkey said it was looking into the allegations.",
            }),
            span: SpanSchema.nullable().openapi({
              description: "Where the sentence is in the body; null when it is the title",
            }),
          })
          .nullable()
          .openapi({
            description:
              "The article's sentence that suggests the status (the review or the denial); null for suggestions stored before reasons were kept",
          }),
      })
      .nullable()
      .openapi({
        description:
          "A status the article itself suggests (extraction) for the claims a review or denial is about; never applied without a fact-checker",
      }),
    version: z
      .number()
      .int()
      .openapi({ description: "Increases with every status change; the ETag carries it" }),
    origin: z.enum(["extracted", "submitted"]),
    created_at: z.string(),
    updated_at: z.string(),
    match_count: z
      .number()
      .int()
      .openapi({
        description: `How many matches this claim keeps (GET /v1/claims/{id}/matches lists them): its best ${MATCHES_PER_CLAIM} among the claims stored before it, and each later claim's match taken while it had fewer than ${MATCHES_PER_CLAIM} scoring at least as high`,
      }),
    already_checked: z
      .object({
        claim_id: z.string(),
        status: z.enum(claimStatuses),
        status_label: z.string().openapi({ example: "Refuted" }),
        reviewer: ReviewerSchema.nullable(),
      })
      .nullable()
      .openapi({
        description:
          "The best-scoring matched claim that has been rated (any status but unverified), or null",
      }),
  })
  .openapi("Claim");

const claimantInput = z.union([
  nonBlank(200),
  z.strictObject({
    name: nonBlank(200),
    description: trimmed(500).optional(),
  }),
]);

export const ClaimInputSchema = z
  .strictObject({
    text: nonBlank(2000),
    claimant: claimantInput.optional().openapi({ description: "A name, or `{name, description}`" }),
    quote: nonBlank(5000).optional(),
    verb: nonBlank(100).optional(),
  })
  .openapi("ClaimInput");

const either = (letter: string) => `[${letter}${letter.toLowerCase()}]`;

/** The codes the server takes, in any case, with the spaces it trims: exactly, as a JSON Schema pattern. */
const COUNTRY_PATTERN = `^\\s*(?:${countryCodes.map((code) => [...code].map(either).join("")).join("|")})\\s*$`;

export const countryCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine(isCountryCode, "Must be an ISO 3166-1 alpha-2 country code, such as TR")
  .openapi({
    type: "string",
    pattern: COUNTRY_PATTERN,
    description: "ISO 3166-1 alpha-2 country code (officially assigned), in any case: TR or tr",
    example: "TR",
  });

export const StatusChangeSchema = z
  .strictObject({
    status: z.enum(claimStatuses),
    reviewer: z
      .strictObject({ name: nonBlank(200), country: countryCode.optional() })
      .optional()
      .openapi({ description: "Who reviews the claim; required for `under_review`" }),
    note: trimmed(5000).optional(),
    evidence: z
      .array(httpUrl())
      .max(50)
      .optional()
      .openapi({ description: "URLs of the evidence" }),
  })
  .superRefine((value, ctx) => {
    if (value.status === "under_review" && !value.reviewer) {
      ctx.addIssue({
        code: "custom",
        path: ["reviewer"],
        message: "Required when status is under_review",
      });
    }
  })
  // The refinement above, as JSON Schema says it.
  .openapi("StatusChange", {
    if: { properties: { status: { const: "under_review" } }, required: ["status"] },
    // The reviewer as the properties above say it (an object with a name; null is no object).
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited
    then: { properties: { reviewer: { type: "object" } }, required: ["reviewer"] },
  });

export const ClaimEventSchema = z
  .object({
    id: z.string(),
    claim_id: z.string(),
    from_status: z
      .enum(claimStatuses)
      .nullable()
      .openapi({ description: "null for the claim's creation" }),
    to_status: z.enum(claimStatuses),
    status_label: z.string(),
    reviewer: ReviewerSchema.nullable(),
    note: z.string().nullable(),
    evidence: z.array(z.string()),
    actor: z.string().openapi({ description: "Name of the API key that made the change" }),
    version: z.number().int().openapi({ description: "The claim's version after this event" }),
    created_at: z.string(),
  })
  .openapi("ClaimEvent");
