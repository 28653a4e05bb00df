/**
 * `npm run fuzz:contract [-- --cases N --seed S --port P --inspector-port I]`: the served OpenAPI description checked against
 * the server the way Schemathesis does it, over loopback. Starts `wrangler dev` on 127.0.0.1 with
 * a fresh local D1, seeds keys, an article, a rated claim, a webhook, then for every operation of
 * `/openapi.json`, as anonymous, a key that names nothing, and each role:
 *
 * - requests whose every part follows the schema (examples first, then generated values), and
 *   requests with one part that breaks it (a wrong type, too long, out of range, not in the
 *   enum, not the pattern, a required part missing);
 * - each path with the methods it does not document;
 * - each created resource's Location read back, and a deleted one read again.
 *
 * Checks, named as Schemathesis names them: not_a_server_error (no 5xx but a documented
 * 502/504 of a page fetch), status_code_conformance, content_type_conformance,
 * response_schema_conformance (ajv, JSON Schema 2020-12, formats), response_headers_conformance,
 * negative_data_rejection (a request that breaks the schema gets a 4xx), missing_required_header,
 * ignored_auth (an operation that needs a key never answers 2xx without a valid one),
 * unsupported_method (405 with Allow), ensure_resource_availability and use_after_free.
 * Prints each failure once per operation and check, with a request that shows it; exits 1 if any.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import {
  applyMigrations,
  configWithoutQueueConsumer,
  killAllSync,
  startWranglerDev,
} from "../bench/http";
import { arg } from "../bench/polnear/cli";
import { seeded } from "../bench/seeded";

type Json = Record<string, unknown>;
type Schema = Json & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  example?: unknown;
  examples?: unknown[];
  additionalProperties?: boolean | Schema;
};
interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Schema;
  example?: unknown;
}
interface Response {
  content?: Record<string, { schema?: Schema }>;
  headers?: Record<string, { required?: boolean; schema?: Schema }>;
}
interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const CASES = Number(arg("cases", "12"));
/** The same run for the same --seed. */
const random = seeded(Number(arg("seed", "13")));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const root = process.cwd();
const state = mkdtempSync(join(tmpdir(), "claimtrail-fuzz-"));
const admin = `fuzz-${crypto.randomUUID()}`;
process.on("exit", killAllSync);
// No webhook delivery: the seeded webhook's URL is not loopback, and nothing may leave it.
const config = configWithoutQueueConsumer(root, "contract-fuzz");

applyMigrations(root, state, config);
const server = await startWranglerDev({
  label: "claimtrail",
  cwd: root,
  config,
  state,
  vars: { ADMIN_TOKEN: admin, LOG_LEVEL: "error" },
  // Free ports unless given (e.g. the ports a shared machine set aside for this run).
  port: process.argv.includes("--port") ? Number(arg("port", "")) : undefined,
  inspectorPort: process.argv.includes("--inspector-port")
    ? Number(arg("inspector-port", ""))
    : undefined,
});
let requests = 0;
let validated = 0;
let address = 0;

async function send(
  method: string,
  path: string,
  options: { key?: string | null; headers?: Record<string, string>; body?: string } = {},
) {
  requests++;
  address++;
  const headers: Record<string, string> = {
    // A fresh address for each request, so per-address limits meet only what they are for.
    "CF-Connecting-IP": `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
    ...options.headers,
  };
  if (options.key) headers.Authorization = `Bearer ${options.key}`;
  if (options.body !== undefined && !headers["Content-Type"])
    headers["Content-Type"] = "application/json";
  const res = await fetch(`${server.origin}${path}`, {
    method,
    headers,
    body: options.body,
    redirect: "manual",
  });
  const text = await res.text();
  return { res, status: res.status, text };
}

/** TRACE through node:http (fetch refuses to send it). */
function trace(path: string): Promise<{ status: number; res: { headers: Headers } }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.origin}${path}`, { method: "TRACE" }, (res) => {
      res.resume();
      const headers = new Headers();
      for (const [name, value] of Object.entries(res.headers))
        if (typeof value === "string") headers.set(name, value);
      res.on("end", () => resolve({ status: res.statusCode ?? 0, res: { headers } }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function json<T>(method: string, path: string, key: string | null, body?: unknown) {
  const r = await send(method, path, {
    key,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (r.status >= 300) throw new Error(`seed ${method} ${path}: ${r.status} ${r.text}`);
  return { body: JSON.parse(r.text) as T, res: r.res };
}

/**
 * Refusals of schema-valid input that are the request's business, not its shape: the same
 * Idempotency-Key with another request, a page the server may not or could not read.
 * Everything else a positive case gets as 400/413/415/422 contradicts the schema.
 */
const ACCEPTED_REFUSALS = new Set<string>([
  "idempotency_mismatch",
  "url_not_fetchable",
  "no_article_text",
]);
interface ProblemSeen {
  type: string;
  detail: string;
  errors: string;
  fields: string[];
}
function parseProblem(text: string): ProblemSeen {
  try {
    const p = JSON.parse(text) as { type?: string; detail?: string; errors?: { field?: string }[] };
    return {
      type:
        String(p.type ?? "")
          .split("/")
          .pop() ?? "",
      detail: String(p.detail ?? ""),
      errors: JSON.stringify(p.errors ?? []).slice(0, 200),
      fields: Array.isArray(p.errors) ? p.errors.map((e) => String(e.field)) : [],
    };
  } catch {
    return { type: "(not a problem)", detail: text.slice(0, 120), errors: "", fields: [] };
  }
}

/** Page tokens the server issued: opaque, so no schema can tell a made-up one. */
const OPAQUE_TOKENS = new Set(["cursor", "after", "pageToken"]);

/**
 * A 400 no schema can foresee, each said in its parameter's description: a made-up page token,
 * and Google's search without `query` or `reviewPublisherSiteFilter` (OpenAPI has no rule across
 * two query parameters).
 */
function refusesOnlyWhatNoSchemaSays(operation: string, problem: ProblemSeen): boolean {
  if (problem.type !== "bad_request" || problem.fields.length === 0) return false;
  return problem.fields.every(
    (field) =>
      OPAQUE_TOKENS.has(field) ||
      (operation === "GET /v1alpha1/claims:search" &&
        field === "query" &&
        problem.errors.includes("reviewPublisherSiteFilter is required")),
  );
}

/**
 * An article given by URL alone is fetched by the server: its URL is given a loopback host,
 * which the server's guard refuses before any fetch (a documented 422), so nothing leaves it.
 */
function keepOnLoopback(body: unknown): unknown {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body;
  const b = body as Json;
  if (typeof b.url !== "string" || typeof b.body === "string" || typeof b.html === "string")
    return body;
  try {
    const url = new URL(b.url);
    if (url.hostname === "127.0.0.1") return body;
    url.hostname = "127.0.0.1";
    return { ...b, url: url.href };
  } catch {
    return body;
  }
}

interface Failure {
  check: string;
  operation: string;
  detail: string;
  request: string;
}
const failures = new Map<string, Failure>();
const counts = new Map<string, number>();
function fail(check: string, operation: string, detail: string, request: string) {
  const key = `${check} ${operation} ${detail.slice(0, 60)}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (!failures.has(key)) failures.set(key, { check, operation, detail, request });
}

try {
  // Seed: a key of each role, an article with claims, one of them refuted, a webhook, a
  // later article that makes a suggestion.
  const keys: Record<string, string> = { admin };
  const keyIds: string[] = [];
  for (const role of ["submitter", "factchecker"] as const) {
    const { body } = await json<{ id: string; key: string }>("POST", "/v1/keys", admin, {
      name: `fuzz ${role}`,
      role,
    });
    keys[role] = body.key;
  }
  // Ids for the key routes to revoke: not the callers' own keys.
  for (const n of [1, 2]) {
    const { body } = await json<{ id: string }>("POST", "/v1/keys", admin, {
      name: `fuzz target ${n}`,
      role: "submitter",
    });
    keyIds.push(body.id);
  }
  const { body: article } = await json<{ id: string; claims: { id: string }[] }>(
    "POST",
    "/v1/articles",
    admin,
    {
      url: "https://news.example.com/fuzz/raids",
      title: "Raids detain 1,240 across 12 provinces",
      body:
        "The interior ministry said on Tuesday that 1,240 people were detained in raids across 12 provinces. " +
        "Opposition leader Deniz Kaya said the figures were inflated.",
      claims: [{ text: "1,240 people were detained in raids across 12 provinces" }],
    },
  );
  const claimIds = article.claims.map((c) => c.id);
  await send("POST", `/v1/claims/${claimIds[0]}/status`, {
    key: admin,
    headers: { "If-Match": '"v1"' },
    body: JSON.stringify({ status: "refuted", note: "fuzz" }),
  });
  const { body: webhook } = await json<{ id: string }>("POST", "/v1/webhooks", admin, {
    url: "https://hooks.example.com/fuzz",
    events: ["claim.created"],
  });
  await json("POST", "/v1/articles", admin, {
    url: "https://news.example.com/fuzz/later",
    title: "Turkey looks into raids claim",
    body: "The interior ministry said that 1,240 people were detained in raids across 12 provinces. Turkey said it was looking into the allegations.",
  });
  const suggestions = await json<{ data: { id: string }[] }>(
    "GET",
    "/v1/suggestions?status=open",
    admin,
  );
  const ids: Record<string, string[]> = {
    claims: claimIds,
    articles: [article.id],
    keys: keyIds,
    webhooks: [webhook.id],
    suggestions: suggestions.body.data.map((s) => s.id),
  };

  const docRes = await send("GET", "/openapi.json");
  const doc = JSON.parse(docRes.text) as Document;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: "openapi" }, "openapi");
  const resolve = (schema: Schema | undefined): Schema | undefined => {
    let s = schema;
    for (let i = 0; s?.$ref && i < 10; i++)
      s = doc.components?.schemas?.[s.$ref.split("/").pop() ?? ""];
    return s;
  };
  const pointer = (...parts: string[]) =>
    `openapi#/${parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;

  // --- values from schemas ---
  function valid(schema: Schema | undefined, depth = 0): unknown {
    const s = resolve(schema);
    if (!s) return "x";
    if (s.examples?.length && random() < 0.5) return pick(s.examples);
    if (s.example !== undefined && random() < 0.5) return s.example;
    if (s.const !== undefined) return s.const;
    if (s.enum) return pick(s.enum);
    if (s.allOf) return Object.assign({}, ...s.allOf.map((x) => valid(x, depth + 1)));
    const options = s.anyOf ?? s.oneOf;
    if (options) return valid(pick(options.filter((o) => resolve(o)?.type !== "null")), depth + 1);
    const type = Array.isArray(s.type) ? pick(s.type.filter((t) => t !== "null")) : s.type;
    switch (type) {
      case "integer":
      case "number": {
        if (s.maximum === undefined && s.exclusiveMaximum === undefined && random() < 0.2)
          return pick([2 ** 53 + 2, 1e20, -(2 ** 31)]);
        const min = s.minimum ?? (s.exclusiveMinimum ?? -1) + 1;
        const max = Math.min(s.maximum ?? (s.exclusiveMaximum ?? 1000) - 1, min + 1000);
        return int(Math.ceil(min), Math.floor(max));
      }
      case "boolean":
        return random() < 0.5;
      case "array": {
        const n = int(s.minItems ?? 0, Math.min(s.maxItems ?? 3, (s.minItems ?? 0) + 3));
        return Array.from({ length: n }, () => valid(s.items, depth + 1));
      }
      case "object": {
        const out: Json = {};
        for (const [name, prop] of Object.entries(s.properties ?? {})) {
          if (s.required?.includes(name) || (depth < 3 && random() < 0.5))
            out[name] = valid(prop, depth + 1);
        }
        return out;
      }
      default:
        return validString(s);
    }
  }
  function validString(s: Schema): string {
    if (s.format === "date-time") return new Date(Date.now() - int(0, 1e10)).toISOString();
    if (s.format === "uri" || s.format === "url")
      return `https://news.example.com/fuzz/${crypto.randomUUID().slice(0, 8)}`;
    const fits = (text: string) => {
      const n = [...text].length;
      return n >= (s.minLength ?? 0) && n <= (s.maxLength ?? Number.POSITIVE_INFINITY);
    };
    if (s.pattern) {
      const re = new RegExp(s.pattern, "u");
      // As Hypothesis does: any characters the pattern admits, now and then.
      if (random() < 0.3) {
        for (let i = 0; i < 20; i++) {
          const text = oddString(int(s.minLength ?? 0, Math.min(s.maxLength ?? 12, 12)));
          if (re.test(text) && fits(text)) return text;
        }
      }
      for (const candidate of ['"v1"', "en", "TR", "en-GB", "abc", "a1", crypto.randomUUID()])
        if (re.test(candidate) && fits(candidate)) return candidate;
    }
    // Boundaries, as Schemathesis's coverage phase sends them: exactly maxLength characters,
    // astral ones included (JSON Schema counts code points), and padded with spaces.
    if (s.maxLength !== undefined && s.maxLength <= 6000 && random() < 0.15) {
      const unit = pick(["x", "😀", "é"]);
      const text = unit.repeat(s.maxLength);
      if (!s.pattern || new RegExp(s.pattern, "u").test(text)) return text;
    }
    const min = s.minLength ?? 1;
    const max = Math.min(s.maxLength ?? 24, min + 24);
    // Valid by the schema, and what servers trip on: dot segments, slashes, NUL, astral
    // characters (JSON Schema counts code points, JavaScript UTF-16 units), blanks.
    if (!s.pattern && !s.format && random() < 0.3) {
      const odd = pick(["..", ".", "a/b", "%", "?#", "\u0000x", "😀", " ", "null", "\u202e"]);
      const chars = [...odd.repeat(Math.ceil(Math.max(min, 1) / [...odd].length))];
      if (chars.length <= (s.maxLength ?? Number.POSITIVE_INFINITY)) return chars.join("");
    }
    const words = ["raids", "ministry", "Kaya", "1,240", "provinces", "said", "é", "ü"];
    let out = "";
    while (out.length < min) out += (out ? " " : "") + pick(words);
    return out.slice(0, Math.max(min, int(min, max)));
  }
  /** `length` characters from everywhere: controls, spaces, punctuation, letters, astral. */
  function oddString(length: number): string {
    const alphabet = [
      ..."aZ09 -_.~%/?#&=+:;,'\"<>\\\t\n",
      "\u0000",
      "\u00a0",
      "é",
      "ß",
      "İ",
      "😀",
      "\u202e",
      "中",
    ];
    return Array.from({ length }, () => pick(alphabet)).join("");
  }

  /** A value that breaks `schema`, and what it breaks; null when nothing can. */
  function invalid(schema: Schema | undefined): { value: unknown; why: string } | null {
    const s = resolve(schema);
    if (!s || s.anyOf || s.oneOf) return null;
    const type = Array.isArray(s.type) ? s.type : [s.type];
    const ways: { value: unknown; why: string }[] = [];
    if (s.enum) ways.push({ value: "not-in-the-enum", why: "enum" });
    if (type.includes("integer") || type.includes("number")) {
      ways.push({ value: "abc", why: "type" });
      if (s.maximum !== undefined) ways.push({ value: s.maximum + 1, why: "maximum" });
      if (s.minimum !== undefined) ways.push({ value: s.minimum - 1, why: "minimum" });
      if (type.includes("integer")) ways.push({ value: 1.5, why: "integer" });
    }
    if (type.includes("string")) {
      if (s.maxLength !== undefined) {
        ways.push({ value: "x".repeat(s.maxLength + 1), why: "maxLength" });
        ways.push({ value: `x${" ".repeat(s.maxLength)}`, why: "maxLength (padded)" });
      }
      if (s.minLength) ways.push({ value: "", why: "minLength" });
      if (s.pattern) {
        const re = new RegExp(s.pattern, "u");
        for (const candidate of ["!!", "x y", "", "v1", "a".repeat(300)])
          if (!re.test(candidate)) {
            ways.push({ value: candidate, why: "pattern" });
            break;
          }
      }
      if (s.format === "uri") ways.push({ value: "not a uri", why: "format" });
      if (s.format === "date-time") ways.push({ value: "yesterday", why: "format" });
    }
    if (type.includes("object") || type.includes("array") || type.includes("boolean"))
      ways.push({ value: type.includes("object") ? [] : "text", why: "type" });
    return ways.length ? pick(ways) : null;
  }

  const modes: [string, string | null][] = [
    ["anonymous", null],
    ["bogus key", "ct_bogus_key"],
    ["submitter", keys.submitter ?? null],
    ["factchecker", keys.factchecker ?? null],
    ["admin", admin],
  ];
  const created: { location: string; operation: string }[] = [];
  const seen = new Set<string>();

  function check(
    op: Operation,
    name: string,
    method: string,
    template: string,
    r: Awaited<ReturnType<typeof send>>,
    request: string,
  ) {
    if (r.status >= 500 && !(r.status !== 500 && op.responses[String(r.status)])) {
      fail("not_a_server_error", name, `${r.status}: ${r.text.slice(0, 200)}`, request);
    }
    const documented = op.responses[String(r.status)] ?? op.responses[`${String(r.status)[0]}XX`];
    if (!documented && !op.responses.default) {
      fail(
        "status_code_conformance",
        name,
        `${r.status} not in ${Object.keys(op.responses).join(",")}: ${r.text.slice(0, 160)}`,
        request,
      );
      return;
    }
    const response = documented ?? op.responses.default;
    const mediaType = (r.res.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
    const content = response?.content;
    if (!content || Object.keys(content).length === 0) {
      if (r.text.length > 0 && r.status !== 304)
        fail("content_type_conformance", name, `${r.status} has a body, none documented`, request);
    } else if (!content[mediaType]) {
      fail(
        "content_type_conformance",
        name,
        `${r.status} ${mediaType || "(none)"} not in ${Object.keys(content).join(",")}`,
        request,
      );
    } else if (mediaType.endsWith("json") && content[mediaType]?.schema) {
      const code = documented ? String(r.status) : "default";
      const validate = ajv.getSchema(
        pointer("paths", template, method, "responses", code, "content", mediaType, "schema"),
      );
      let body: unknown;
      try {
        body = JSON.parse(r.text);
      } catch {
        fail("response_schema_conformance", name, `${r.status} body is not JSON`, request);
      }
      if (!validate) throw new Error(`no schema at ${name} ${code} ${mediaType}`);
      validated++;
      if (body !== undefined && !validate(body)) {
        const e = validate.errors?.[0];
        fail(
          "response_schema_conformance",
          name,
          `${r.status} ${e?.instancePath || "/"} ${e?.message} (${e?.schemaPath})`,
          request,
        );
      }
    }
    for (const [header, spec] of Object.entries(response?.headers ?? {})) {
      const value = r.res.headers.get(header);
      if (value === null) {
        if (spec.required)
          fail("response_headers_conformance", name, `${r.status} lacks ${header}`, request);
        continue;
      }
      const headerSchema = resolve(spec.schema);
      if (!headerSchema) continue;
      const typed = headerSchema.type === "integer" || headerSchema.type === "number";
      const code = documented ? String(r.status) : "default";
      const validateHeader = ajv.getSchema(
        pointer("paths", template, method, "responses", code, "headers", header, "schema"),
      );
      if (validateHeader && !validateHeader(typed ? Number(value) : value))
        fail(
          "response_headers_conformance",
          name,
          `${r.status} ${header}: ${value} ${validateHeader.errors?.[0]?.message}`,
          request,
        );
    }
    const location = r.res.headers.get("location");
    if (r.status === 201 && location) created.push({ location, operation: name });
    seen.add(`${name} ${r.status}`);
  }

  const operations = Object.entries(doc.paths).flatMap(([template, item]) =>
    Object.entries(item).map(([method, op]) => ({ template, method, op })),
  );
  for (const { template, method, op } of operations) {
    const name = `${method.toUpperCase()} ${template}`;
    const params = op.parameters ?? [];
    const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
    const needsKey = (op.security ?? []).some((s) => Object.keys(s).length > 0);
    const resource = template.split("/").find((part) => ids[part]) ?? "";
    for (const [mode, key] of modes) {
      for (let n = 0; n < CASES * 2; n++) {
        const negative = n >= CASES;
        // One part of a negative case breaks the schema; everything else follows it.
        const parts: {
          value: () => unknown;
          breaks: () => { value: unknown; why: string } | null;
          where: string;
        }[] = [];
        const values = new Map<string, unknown>();
        for (const p of params) {
          const real = p.in === "path" && (ids[resource] ?? []).length > 0 && random() < 0.7;
          const v = real
            ? pick(ids[resource] ?? [])
            : p.name.toLowerCase() === "if-match"
              ? pick(['"v1"', '"v2"', "*"])
              : p.name.toLowerCase() === "idempotency-key"
                ? crypto.randomUUID()
                : p.required || random() < 0.5
                  ? valid(p.schema)
                  : undefined;
          values.set(`${p.in}:${p.name}`, v);
          parts.push({
            value: () => v,
            breaks: () => invalid(p.schema),
            where: `${p.in} ${p.name}`,
          });
        }
        let body = bodySchema ? valid(bodySchema) : undefined;
        let why = "";
        if (negative) {
          const breakable = [
            ...parts.map((part, i) => ({ ...part, i })),
            ...(bodySchema
              ? [
                  {
                    where: "body",
                    i: -1,
                    breaks: () => invalidBody(bodySchema, body),
                    value: () => body,
                  },
                ]
              : []),
          ];
          const target = breakable.length ? pick(breakable) : null;
          const broken = target?.breaks();
          if (!target || !broken) continue;
          why = `${target.where}: ${broken.why}`;
          if (target.i < 0) body = broken.value;
          else {
            const p = params[target.i] as Parameter;
            values.set(`${p.in}:${p.name}`, broken.value);
          }
        }
        body = keepOnLoopback(body);
        // A "valid" body the generator made that breaks a rule across fields (dependentRequired,
        // if/then), as ajv reads the schema, is a negative case.
        let isNegative = negative;
        if (!negative && bodySchema && body !== undefined) {
          const validateBody = ajv.getSchema(
            pointer(
              "paths",
              template,
              method,
              "requestBody",
              "content",
              "application/json",
              "schema",
            ),
          );
          if (validateBody && !validateBody(body)) {
            isNegative = true;
            why = `body: ${validateBody.errors?.[0]?.message ?? "schema"}`;
          }
        }
        let path = template;
        const query = new URLSearchParams();
        const headers: Record<string, string> = {};
        for (const p of params) {
          const v = values.get(`${p.in}:${p.name}`);
          if (v === undefined) continue;
          const text = typeof v === "string" ? v : JSON.stringify(v);
          if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(text));
          else if (p.in === "query") query.set(p.name, text);
          else if (p.in === "header") headers[p.name] = text.replace(/[^\x20-\x7e]/g, "");
        }
        const url = `${path}${query.size ? `?${query}` : ""}`;
        const r = await send(method.toUpperCase(), url, {
          key,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const request = `${mode}: ${method.toUpperCase()} ${url} ${JSON.stringify(headers)} ${body === undefined ? "" : JSON.stringify(body).slice(0, 300)}`;
        check(op, name, method, template, r, request);
        if (isNegative && r.status >= 200 && r.status < 300)
          fail("negative_data_rejection", name, `${why} accepted (${r.status})`, request);
        // positive_data_acceptance: input the schema admits is not refused as malformed.
        if (!isNegative && [400, 413, 415, 422].includes(r.status)) {
          const problem = parseProblem(r.text);
          if (!ACCEPTED_REFUSALS.has(problem.type) && !refusesOnlyWhatNoSchemaSays(name, problem))
            fail(
              "positive_data_acceptance",
              name,
              `${r.status} ${problem.type}: ${problem.detail} ${problem.errors}`,
              request,
            );
        }
        if (needsKey && (mode === "anonymous" || mode === "bogus key") && r.status < 300)
          fail("ignored_auth", name, `${mode} got ${r.status}`, request);
        // ignored_auth as Schemathesis runs it: a request answered 2xx with a key, sent again
        // without one and with a bad one, is a 401.
        if (needsKey && key && r.status >= 200 && r.status < 300) {
          for (const [label, other] of [
            ["no key", null],
            ["bad key", "ct_invalid_key"],
          ] as const) {
            const again = await send(method.toUpperCase(), url, {
              key: other,
              headers,
              body: body === undefined ? undefined : JSON.stringify(body),
            });
            check(op, name, method, template, again, `${label}: ${request}`);
            if (again.status !== 401)
              fail("ignored_auth", name, `${label} after ${r.status}: ${again.status}`, request);
          }
        }
      }
    }
    // What the app shell answers on any body and any GET: no body, null, not JSON, another
    // media type, too large; If-None-Match with the ETag just served.
    const somePath = () => template.replace(/\{[^}]+\}/g, () => pick(ids[resource] ?? ["x"]));
    const shellHeaders = (extra: Record<string, string>) => ({
      ...Object.fromEntries(
        params.filter((p) => p.in === "header" && p.required).map((p) => [p.name, '"v1"']),
      ),
      ...extra,
    });
    if (bodySchema) {
      for (const [label, body, type] of [
        ["no body", undefined, undefined],
        ["null", "null", "application/json"],
        ["not JSON", "{", "application/json"],
        ["text/plain", "{}", "text/plain"],
        ["3 MB", JSON.stringify({ body: "x".repeat(3 * 1024 * 1024) }), "application/json"],
      ] as const) {
        const path = somePath();
        const r = await send(method.toUpperCase(), path, {
          key: admin,
          headers: shellHeaders(type ? { "Content-Type": type } : {}),
          body,
        });
        check(
          op,
          name,
          method,
          template,
          r,
          `admin: ${method.toUpperCase()} ${path} with ${label}`,
        );
        if (r.status < 400 || r.status >= 500)
          fail("negative_data_rejection", name, `${label} accepted (${r.status})`, path);
      }
    }
    if (method === "get") {
      const path = somePath();
      const first = await send("GET", path, { key: admin });
      const tag = first.res.headers.get("etag");
      if (first.status === 200 && tag) {
        const r = await send("GET", path, { key: admin, headers: { "If-None-Match": tag } });
        check(op, name, method, template, r, `admin: GET ${path} If-None-Match ${tag}`);
      }
    }
    // missing_required_header: each required header left out.
    for (const p of params.filter((x) => x.in === "header" && x.required)) {
      const path = template.replace(/\{[^}]+\}/g, () => pick(ids[resource] ?? ["x"]));
      const r = await send(method.toUpperCase(), path, {
        key: admin,
        body: bodySchema ? JSON.stringify(valid(bodySchema)) : undefined,
      });
      check(op, name, method, template, r, `admin: without ${p.name}`);
      if (r.status < 400 || r.status >= 500)
        fail("missing_required_header", name, `without ${p.name}: ${r.status}`, path);
    }
  }

  function invalidBody(schema: Schema, body: unknown): { value: unknown; why: string } | null {
    const s = resolve(schema);
    const props = Object.entries(s?.properties ?? {});
    const ways: (() => { value: unknown; why: string } | null)[] = [
      () => ({ value: [], why: "type (array for object)" }),
      () =>
        s?.additionalProperties === false
          ? { value: { ...(body as Json), unknown_field: 1 }, why: "additionalProperties" }
          : null,
      () => {
        const required = s?.required ?? [];
        if (!required.length) return null;
        const drop = pick(required);
        const { [drop]: _, ...rest } = (body ?? {}) as Json;
        return { value: rest, why: `required ${drop}` };
      },
      () => {
        if (!props.length) return null;
        const [field, prop] = pick(props);
        const broken = invalid(prop);
        return broken
          ? { value: { ...(body as Json), [field]: broken.value }, why: `${field} ${broken.why}` }
          : null;
      },
    ];
    return pick(ways)();
  }

  // unsupported_method: every method a path does not document is a 405 with Allow.
  for (const [template, item] of Object.entries(doc.paths)) {
    const path = template.replace(/\{[^}]+\}/g, (m) => {
      const resource = template.split("/").find((part) => ids[part]) ?? "";
      return pick(ids[resource] ?? [m.slice(1, -1)]);
    });
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "TRACE"]) {
      if (item[method.toLowerCase()]) continue;
      const r = method === "TRACE" ? await trace(path) : await send(method, path, { key: admin });
      if (r.status !== 405 || !r.res.headers.get("allow"))
        fail("unsupported_method", `${method} ${template}`, `${r.status}`, `${method} ${path}`);
    }
  }

  // ensure_resource_availability: a 201's Location can be read back (where it is a GET here).
  const gettable = new Set(
    Object.entries(doc.paths)
      .filter(([, item]) => item.get)
      .map(([template]) => new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`)),
  );
  for (const { location, operation } of created.slice(0, 40)) {
    const path = new URL(location, server.origin).pathname;
    if (![...gettable].some((re) => re.test(path))) continue;
    const r = await send("GET", path, { key: admin });
    if (r.status !== 200)
      fail("ensure_resource_availability", operation, `GET ${path}: ${r.status}`, location);
  }
  // use_after_free: a deleted resource answers 404 to what follows.
  for (const { create, read, body } of [
    {
      create: "/v1/webhooks",
      read: (id: string) => [
        `GET /v1/webhooks/${id}`,
        `GET /v1/webhooks/${id}/deliveries`,
        `DELETE /v1/webhooks/${id}`,
      ],
      body: { url: "https://hooks.example.com/gone", events: ["claim.created"] },
    },
    // Not keys: a revoked key stays listed (with revoked_at) and revoking it again is a
    // documented 204; there is no GET of one key.
  ]) {
    const { body: made } = await json<{ id: string }>("POST", create, admin, body);
    const del = await send("DELETE", `${create}/${made.id}`, { key: admin });
    if (del.status !== 204) throw new Error(`DELETE ${create}/${made.id}: ${del.status}`);
    for (const line of read(made.id)) {
      const [method = "GET", path = ""] = line.split(" ");
      const r = await send(method, path, { key: admin });
      if (r.status !== 404)
        fail("use_after_free", `${method} ${create}/{id}`, `after DELETE: ${r.status}`, line);
    }
  }

  // Statuses documented but never answered in this run: each is either one the run cannot
  // provoke (a rate limit, a crash, a lapsed lease) or one the document should not promise.
  for (const { template, method, op } of operations) {
    const name = `${method.toUpperCase()} ${template}`;
    const unseen = Object.keys(op.responses).filter((code) => !seen.has(`${name} ${code}`));
    if (unseen.length) console.log(`documented, not seen: ${name}: ${unseen.join(", ")}`);
  }
  console.log(
    `${operations.length} operations (${operations.filter((o) => o.op.operationId).length} with an operationId), ` +
      `${requests} requests (${validated} bodies validated), ${modes.length} callers, ${CASES} valid + ${CASES} invalid cases each, seed ${arg("seed", "13")}`,
  );
  if (failures.size === 0) console.log("no failures");
  for (const f of failures.values()) {
    const n = counts.get(`${f.check} ${f.operation} ${f.detail.slice(0, 60)}`);
    console.log(`FAIL ${f.check} ${f.operation} (x${n}): ${f.detail}\n     ${f.request}`);
  }
  process.exitCode = failures.size === 0 ? 0 : 1;
} finally {
  await server.stop();
  rmSync(state, { recursive: true, force: true });
}
