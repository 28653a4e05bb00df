import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ApiError, type FieldError } from "../lib/problem";

/** The JSON media types the route validators read (the same pattern as @hono/zod-openapi's). */
const JSON_MEDIA_TYPE = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** A `\uD800`–`\uDFFF` escape: the only way valid UTF-8 JSON text can carry a lone surrogate. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/**
 * The path of the first string (or key) that is not well-formed Unicode. Walks with
 * an explicit stack, so deeply nested input cannot overflow the call stack.
 */
function findLoneSurrogate(root: unknown): string[] | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === "string") {
      if (!value.isWellFormed()) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, String(i)] });
    } else if (value && typeof value === "object") {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        if (!key.isWellFormed()) return [...path, key];
        stack.push({ value: child, path: [...path, key] });
      }
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
    if (!SURROGATE_ESCAPE.test(text)) return next();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return next(); // the route's validator answers malformed JSON
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
