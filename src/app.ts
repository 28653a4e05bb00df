import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { except } from "hono/combine";
import { cors } from "hono/cors";
import { etag, RETAINED_304_HEADERS } from "hono/etag";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./env";
import { ApiError, problemResponse } from "./lib/problem";
import { authenticate } from "./middleware/auth";
import { dbProvider } from "./middleware/db";
import { edgeCache, isPublicRead, rememberEtags } from "./middleware/edge-cache";
import { idempotency } from "./middleware/idempotency";
import { jsonBody } from "./middleware/json-body";
import { methodNotAllowed } from "./middleware/method-not-allowed";
import { limitAnonymousReads, limitWrites } from "./middleware/rate-limit";
import { requestId } from "./middleware/request-id";
import { requestLog } from "./middleware/request-log";

/** Largest request body accepted, in bytes (an article with its HTML fits well within it). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** A router with the app's validation hook, for one resource's routes. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw ApiError.fromZod(result.target, result.error);
    },
  });
}

export interface AppOptions {
  /** The fetch for pages clients submit by URL (default: the platform's). */
  fetch?: typeof fetch;
}

/**
 * The app shell every route is mounted on, built once: request ids, limits,
 * database, authentication, idempotency, and one error path that turns every
 * failure into an RFC 9457 problem.
 */
export function createApp(options: AppOptions = {}) {
  const outboundFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const app = createRouter();

  app.use(requestId());
  app.use(requestLog());
  app.use(async function provideFetch(c, next) {
    c.set("outboundFetch", outboundFetch);
    await next();
  });
  app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedProblem }));
  app.use(async function securityHeaders(c, next) {
    await next();
    c.res.headers.set("X-Content-Type-Options", "nosniff");
    c.res.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  });
  // Bearer keys, never cookies: every origin may call the API, embeds included.
  app.use(
    cors({
      origin: "*",
      allowMethods: ["GET", "HEAD", "POST", "DELETE", "OPTIONS"],
      allowHeaders: [
        "Authorization",
        "Content-Type",
        "If-Match",
        "If-None-Match",
        "Idempotency-Key",
        "X-Request-Id",
        "X-D1-Bookmark",
      ],
      exposeHeaders: [
        "ETag",
        "Location",
        "Retry-After",
        "X-Request-Id",
        "Idempotent-Replayed",
        "X-Cache",
        "X-D1-Bookmark",
      ],
      maxAge: 86400,
    }),
  );
  app.use(rememberEtags());
  // Strong ETags on every successful GET (routes may set their own) and 304s for If-None-Match.
  app.use(
    etag({
      retainedHeaders: [
        ...RETAINED_304_HEADERS,
        "access-control-allow-origin",
        "access-control-expose-headers",
        "x-cache",
        "x-d1-bookmark",
      ],
    }),
  );
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(
          "payload_too_large",
          `Request bodies are limited to ${MAX_BODY_BYTES} bytes`,
        );
      },
    }),
  );
  // The desk (src/routes/desk) posts HTML forms; every API body is JSON.
  app.use(except("/desk/*", jsonBody()));
  app.use(edgeCache({ match: isPublicRead }));
  // After the cache: reads it answers cost nothing to limit; the rest reach the database.
  app.use(limitAnonymousReads());
  app.use(dbProvider());
  app.use(authenticate());
  app.use(limitWrites());
  app.use(idempotency());

  app.notFound((c) =>
    problemResponse(c, new ApiError("not_found", `No route for ${c.req.method} ${c.req.path}`)),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) return problemResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, fromHttpException(error));
    }
    // Unknown failures are logged with the request id and answered without details.
    console.error(
      JSON.stringify({
        level: "error",
        request_id: c.get("requestId"),
        method: c.req.method,
        path: c.req.path,
        error:
          error instanceof Error
            ? { name: error.name, message: error.message, stack: error.stack }
            : String(error),
      }),
    );
    return problemResponse(
      c,
      new ApiError(
        "internal",
        "An unexpected error occurred; quote the request id when reporting it",
      ),
    );
  });

  return app;
}

function fromHttpException(error: HTTPException): ApiError {
  if (error.status === 400 && /json/i.test(error.message)) {
    return new ApiError("malformed_json", "The request body is not valid JSON");
  }
  if (error.status === 413)
    return new ApiError("payload_too_large", "The request body is too large");
  if (error.status === 401) return new ApiError("unauthorized", error.message || "Unauthorized");
  if (error.status === 415) {
    return new ApiError("unsupported_media_type", "Send the request body as application/json");
  }
  return new ApiError("bad_request", error.message || "Bad request");
}

function methodNotAllowedProblem(c: Parameters<typeof problemResponse>[0], methods: string[]) {
  const allow = methods.join(", ");
  return problemResponse(
    c,
    new ApiError("method_not_allowed", `${c.req.method} is not allowed here; use ${allow}`, {
      headers: { Allow: allow },
    }),
  );
}
