import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { afterEach, beforeEach, expect, vi } from "vitest";
import worker from "../../src/index";
import { BASE, type CallOptions, snapshot } from "../helpers";

/**
 * `call()` from test/helpers.ts, dispatched to the Worker's fetch handler directly
 * rather than through `exports.default`: each request through that binding gets
 * slower the more a test file has made (3 ms at first, 40 ms after 400), which a
 * fuzz suite making thousands cannot afford. Same handler, headers and body rules.
 */
export async function request(
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Response> {
  const headers = new Headers(options.headers);
  // As call() does: each request from its own address, so per-IP limits stay out of the way.
  if (!headers.has("CF-Connecting-IP")) headers.set("CF-Connecting-IP", randomIp());
  if (options.key) headers.set("Authorization", `Bearer ${options.key}`);
  let body: BodyInit | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  }
  // A body that came over the network has a length, as through the service binding call() uses.
  if (typeof body === "string") body = new TextEncoder().encode(body);
  if (body instanceof Uint8Array && !headers.has("Content-Length")) {
    headers.set("Content-Length", String(body.byteLength));
  }
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`${BASE}${path}`, { method, headers, body }),
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

function randomIp(): string {
  const [a = 0, b = 0, c = 0] = crypto.getRandomValues(new Uint8Array(3));
  return `203.0.${a}.${(b * 256 + c) % 255}`;
}

/** Problem types whose `errors[]` must name each bad field. */
const VALIDATION_TYPES = new Set(["validation_failed", "bad_request", "url_not_fetchable"]);

export interface Outcome {
  res: Response;
  status: number;
  /** The parsed body: the problem for errors, the JSON for JSON responses, else the text. */
  body: unknown;
  text: string;
}

export interface SendOptions extends CallOptions {
  /** Statuses at or above 500 this request may answer (e.g. 501 for an oEmbed format). */
  allow5xx?: number[];
}

/**
 * The last snapshot taken after a rejected request, while nothing has written
 * since: the next request's "before". Snapshots cost a few queries, so this
 * halves them. Anything that writes outside `send` must call `forgetSnapshot`.
 */
let known: string | null = null;

/** Drops the remembered snapshot (after writing through `call`, `seedArticle`, …). */
export function forgetSnapshot(): void {
  known = null;
}

/**
 * Sends one request and checks what every response must satisfy: no 5xx, every
 * error an RFC 9457 problem (type, title, status, detail, instance, request_id,
 * and errors[] for validation problems), and no changed row when it is rejected.
 */
export async function send(
  method: string,
  path: string,
  options: SendOptions = {},
): Promise<Outcome> {
  const before = known ?? (await snapshot());
  known = null;
  const res = await request(method, path, options);
  const text = await res.text();
  const status = res.status;
  const where = `${method} ${path} → ${status} ${text.slice(0, 300)}`;

  if (status >= 500 && !(options.allow5xx ?? []).includes(status)) {
    expect.fail(`server error: ${where}`);
  }
  let body: unknown = text;
  if (status >= 400) {
    if (method !== "HEAD") {
      expect(res.headers.get("Content-Type"), where).toBe("application/problem+json");
      body = JSON.parse(text);
      expectProblem(body, status, where);
      expect(res.headers.get("X-Request-Id"), where).toBe(
        (body as { request_id: string }).request_id,
      );
    }
    if (status === 401) expect(res.headers.get("WWW-Authenticate"), where).toMatch(/^Bearer /);
    if (status === 405) expect(res.headers.get("Allow"), where).toBeTruthy();
    const after = await snapshot();
    expect(after, `a rejected request changed rows: ${where}`).toBe(before);
    known = after;
  } else if (/json/.test(res.headers.get("Content-Type") ?? "") && text) {
    body = JSON.parse(text);
  }
  return { res, status, body, text };
}

/** Asserts that `body` is a well-formed problem for a response with `status`. */
export function expectProblem(body: unknown, status: number, where = ""): void {
  expect(body, where).toBeTypeOf("object");
  const problem = body as Record<string, unknown>;
  expect(problem.type, where).toBeTypeOf("string");
  const code = new URL(problem.type as string).pathname.replace(/^\/problems\//, "");
  expect(problem.title, where).toBeTypeOf("string");
  expect((problem.title as string).length, where).toBeGreaterThan(0);
  expect(problem.status, where).toBe(status);
  expect(problem.detail, where).toBeTypeOf("string");
  expect(problem.instance, where).toBeTypeOf("string");
  expect(problem.request_id, where).toBeTypeOf("string");
  if (VALIDATION_TYPES.has(code) && (status === 400 || status === 422)) {
    expect(Array.isArray(problem.errors), `${where}: validation problem without errors[]`).toBe(
      true,
    );
    const errors = problem.errors as unknown[];
    expect(errors.length, where).toBeGreaterThan(0);
    for (const error of errors) {
      expect((error as { field?: unknown }).field, where).toBeTypeOf("string");
      expect((error as { message?: unknown }).message, where).toBeTypeOf("string");
    }
  }
}

/** The problem code (last segment of `type`) of a problem body. */
export function problemCode(body: unknown): string {
  const type = (body as { type?: unknown }).type;
  return typeof type === "string" ? (type.split("/").pop() ?? "") : "";
}

/**
 * Fails the test if the app logged an unexpected error (its 500 path logs one),
 * and keeps the console quiet while properties run.
 */
export function watchErrorLog(): void {
  let spy: { mock: { calls: unknown[][] }; mockRestore(): void } | undefined;
  beforeEach(() => {
    forgetSnapshot();
    spy = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    const calls = spy?.mock.calls ?? [];
    spy?.mockRestore();
    expect(
      calls.map((args: unknown[]) => String(args[0]).slice(0, 500)),
      "errors logged by the app",
    ).toEqual([]);
  });
}
