import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import type { AppEnv } from "../env";

/**
 * Every error the API returns, by code. The code is the last segment of the
 * problem `type` URI (`/problems/<code>`), which serves this description.
 */
export const problemTypes = {
  bad_request: {
    status: 400,
    title: "Bad request",
    description: "The request is malformed: a query or path parameter has the wrong shape.",
  },
  malformed_json: {
    status: 400,
    title: "Malformed JSON",
    description: "The request body is not valid JSON.",
  },
  validation_failed: {
    status: 422,
    title: "Validation failed",
    description:
      "The JSON body is well formed but some fields are missing or invalid; `errors[]` names each one.",
  },
  url_not_fetchable: {
    status: 422,
    title: "Article page not fetchable",
    description:
      "The article was given by URL only and the server could not read it: the address is not public, the page failed, was too slow or too large, or was not HTML. Send the text as `body` or the page as `html` instead.",
  },
  no_article_text: {
    status: 422,
    title: "No article text",
    description:
      "The page holds no article text the server could find. Send the text as `body` instead.",
  },
  unauthorized: {
    status: 401,
    title: "Unauthorized",
    description:
      "No API key, or a key that is unknown or revoked. Send `Authorization: Bearer <key>`.",
  },
  forbidden: {
    status: 403,
    title: "Forbidden",
    description: "The API key is valid but its role may not do this.",
  },
  not_found: { status: 404, title: "Not found", description: "No such resource or route." },
  claim_not_rated: {
    status: 404,
    title: "Claim not rated",
    description:
      "The claim has no rating yet (it is unverified or under review), so there is no ClaimReview for it.",
  },
  not_implemented: {
    status: 501,
    title: "Not implemented",
    description: "The server does not support this option.",
  },
  method_not_allowed: {
    status: 405,
    title: "Method not allowed",
    description: "The route exists but not for this method; `Allow` lists the methods it takes.",
  },
  conflict: {
    status: 409,
    title: "Conflict",
    description: "The request conflicts with the current state of the resource.",
  },
  idempotency_conflict: {
    status: 409,
    title: "Idempotent request in progress",
    description: "A request with this Idempotency-Key is still being processed; retry later.",
  },
  idempotency_mismatch: {
    status: 422,
    title: "Idempotency-Key reused",
    description:
      "This Idempotency-Key was used with a different request; use a new key for a new request.",
  },
  precondition_failed: {
    status: 412,
    title: "Precondition failed",
    description:
      "If-Match does not match the resource's current ETag: someone changed it since you read it. Read it again, then retry.",
  },
  precondition_required: {
    status: 428,
    title: "Precondition required",
    description:
      "This change needs an If-Match header with the ETag you read (RFC 6585); `current_etag` gives the current one.",
  },
  payload_too_large: {
    status: 413,
    title: "Payload too large",
    description: "The request body is larger than the API accepts.",
  },
  unsupported_media_type: {
    status: 415,
    title: "Unsupported media type",
    description: "Request bodies must be `application/json`.",
  },
  rate_limited: {
    status: 429,
    title: "Too many requests",
    description: "Slow down; `Retry-After` says when to try again.",
  },
  internal: {
    status: 500,
    title: "Internal server error",
    description: "Something failed on our side. The request id identifies it in our logs.",
  },
} as const satisfies Record<
  string,
  { status: ContentfulStatusCode; title: string; description: string }
>;

export type ProblemCode = keyof typeof problemTypes;

/** One bad field in a validation problem: `field` in dotted form, `pointer` as JSON Pointer. */
export interface FieldError {
  field: string;
  pointer?: string;
  message: string;
}

/**
 * The one error type handlers throw; `onError` turns it into problem+json.
 *
 * @example throw new ApiError("not_found", `No claim ${id}`)
 */
export class ApiError extends Error {
  readonly code: ProblemCode;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extra: Record<string, unknown>;

  constructor(
    code: ProblemCode,
    detail: string,
    options: {
      errors?: FieldError[];
      headers?: Record<string, string>;
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(detail);
    this.name = "ApiError";
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extra = options.extra ?? {};
  }

  get status(): ContentfulStatusCode {
    return problemTypes[this.code].status;
  }

  /** A validation problem: 422 for a JSON body, 400 for query, path or headers. */
  static validation(target: string, errors: FieldError[]): ApiError {
    const isBody = target === "json";
    const names = errors.map((e) => e.field).join(", ");
    return new ApiError(
      isBody ? "validation_failed" : "bad_request",
      `Invalid ${isBody ? "request body" : target}: ${names}`,
      { errors },
    );
  }

  static fromZod(target: string, error: ZodError): ApiError {
    return ApiError.validation(
      target,
      error.issues.map((issue) => ({
        field: issue.path.length ? issue.path.map(String).join(".") : "(root)",
        pointer: `/${issue.path.map((p) => String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`,
        message: issue.message,
      })),
    );
  }
}

/** Renders an RFC 9457 problem for `error` on this request. */
export function problemResponse(c: Context<AppEnv>, error: ApiError): Response {
  const type = problemTypes[error.code];
  const body = {
    type: new URL(`/problems/${error.code}`, c.req.url).href,
    title: type.title,
    status: type.status,
    detail: error.message,
    instance: new URL(c.req.url).pathname,
    request_id: c.get("requestId"),
    ...(error.errors ? { errors: error.errors } : {}),
    ...error.extra,
  };
  return new Response(JSON.stringify(body), {
    status: type.status,
    headers: { ...error.headers, "Content-Type": "application/problem+json" },
  });
}
