import { ProblemSchema } from "./openapi";
import { type ProblemCode, problemTypes } from "./problem";

type Json = Record<string, unknown>;
interface Operation {
  responses?: Record<string, Json>;
  parameters?: Json[];
  requestBody?: Json;
  security?: Record<string, string[]>[];
}

const problem = {
  "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
};

/**
 * What the app shell (src/app.ts) may answer on any operation, whoever declares
 * it: a bad key (401) anywhere, a 304 to If-None-Match on every GET, a 400 for a
 * parameter of the wrong shape, the body checks on every body, Idempotency-Key on
 * every authenticated POST, rate limits and the unexpected. Added to each
 * operation of the generated document, so a route declared later is described
 * completely without repeating them.
 */
export function completeDocument<T extends { paths?: Json }>(doc: T): T {
  for (const [, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, value] of Object.entries(item as Json)) {
      const op = value as Operation;
      op.responses ??= {};
      const add = (...codes: ProblemCode[]) => {
        for (const code of codes) addProblem(op, code);
      };
      add("unauthorized", "rate_limited", "internal");
      if (!op.security) op.security = [];
      if (method === "get") {
        op.responses["304"] ??= { description: "Not modified: If-None-Match matched the ETag" };
      }
      if (op.parameters?.length) add("bad_request");
      if (op.requestBody) {
        add("malformed_json", "payload_too_large", "unsupported_media_type", "validation_failed");
      }
      if (method === "post" && op.security.some((s) => Object.keys(s).length > 0)) {
        op.parameters ??= [];
        if (!op.parameters.some((p) => String(p.name).toLowerCase() === "idempotency-key")) {
          op.parameters.push({
            name: "Idempotency-Key",
            in: "header",
            required: false,
            description:
              "Any 1 to 255 visible ASCII characters, new for each new request: a retry with the same key " +
              "and body replays the first answer (`Idempotent-Replayed: true`) for 24 hours. While the first " +
              "attempt runs a retry gets 409 with `Retry-After`; an attempt that died releases the key after " +
              "30 seconds.",
            schema: { type: "string", pattern: "^[\\x21-\\x7e]{1,255}$" },
          });
        }
        add("bad_request", "idempotency_conflict", "idempotency_mismatch");
      }
    }
  }
  return doc;
}

function addProblem(op: Operation, code: ProblemCode) {
  const responses = op.responses ?? {};
  const { status, title } = problemTypes[code];
  const existing = responses[String(status)];
  if (!existing) {
    responses[String(status)] = { description: title, content: problem };
    return;
  }
  const description = String(existing.description ?? "");
  if (!description.split("; ").includes(title)) {
    existing.description = description ? `${description}; ${title}` : title;
  }
  existing.content ??= problem;
}

/** Keeps the import of the schema the `$ref`s above point at. */
export const referencedSchemas = [ProblemSchema];
