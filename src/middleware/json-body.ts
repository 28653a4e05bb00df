import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ApiError, type FieldError } from "../lib/problem";

/** The JSON media types the route validators read (the same pattern as @hono/zod-openapi's). */
const JSON_MEDIA_TYPE = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The JSON Pointer-ish path of the first string (or key) that is not well-formed Unicode. */
function findLoneSurrogate(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === "string") return value.isWellFormed() ? null : path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findLoneSurrogate(item, [...path, String(i)]);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (!key.isWellFormed()) return [...path, key];
      const found = findLoneSurrogate(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Request bodies are JSON text: a body with another media type is a 415; bytes
 * that are not UTF-8 are a 400 (never silently turned into U+FFFD); and strings
 * with lone surrogates (`"\ud800"`: valid JSON, but not Unicode text, and not
 * storable as such) are a 422 naming the field. Malformed JSON is left to the
 * route's validator, which answers 400.
 */
export function jsonBody(): MiddlewareHandler<AppEnv> {
  return async function jsonBodyMiddleware(c, next) {
    const method = c.req.method;
    if (method !== "POST" && method !== "PUT" && method !== "PATCH") return next();
    const length = c.req.header("content-length");
    const hasBody =
      (length !== undefined && length !== "0") || c.req.header("transfer-encoding") !== undefined;
    if (!hasBody) return next();
    if (!JSON_MEDIA_TYPE.test(c.req.header("content-type") ?? "")) {
      throw new ApiError("unsupported_media_type", "Send the request body as application/json", {
        headers: { "Accept-Post": "application/json" },
      });
    }
    let text: string;
    try {
      text = strictUtf8.decode(await c.req.arrayBuffer());
    } catch {
      throw new ApiError("malformed_json", "The request body is not valid UTF-8");
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return next();
    }
    const path = findLoneSurrogate(value);
    if (path) {
      const field: FieldError = {
        field: path.length ? path.join(".") : "(root)",
        pointer: `/${path.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`,
        message: "Contains a lone surrogate (an unpaired \\ud800–\\udfff escape): not Unicode text",
      };
      throw ApiError.validation("json", [field]);
    }
    await next();
  };
}
