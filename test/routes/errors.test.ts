import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/app";
import { call, json } from "../helpers";

describe("problem responses", () => {
  it("answers unknown routes with a 404 problem", async () => {
    const res = await call("GET", "/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    const problem = await json(res);
    expect(problem).toMatchObject({
      status: 404,
      title: "Not found",
      instance: "/v1/nothing-here",
    });
    expect(typeof problem.detail).toBe("string");
  });

  it("answers a known path with the wrong method with 405 and Allow", async () => {
    const res = await call("PUT", "/v1/claims");
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toContain("GET");
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    const del = await call("DELETE", "/v1/articles/art_x");
    expect(del.status).toBe(405);
  });

  it("hides unexpected errors behind a generic 500 and logs them with the request id", async () => {
    const app = createApp();
    app.get("/boom", () => {
      throw new Error("database password is hunter2");
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await app.request("/boom", { headers: { "X-Request-Id": "req-123" } }, env);
    expect(res.status).toBe(500);
    expect(res.headers.get("X-Request-Id")).toBe("req-123");
    const text = await res.text();
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("at ");
    expect(JSON.parse(text)).toMatchObject({
      status: 500,
      title: "Internal server error",
      request_id: "req-123",
    });
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]?.[0])).toContain("req-123");
    log.mockRestore();
  });

  it("answers deeply nested bodies with a problem, never a 500", async () => {
    const depth = 20_000;
    for (const inner of ['"\\ud800"', '"x"']) {
      const raw = `{"name": ${"[".repeat(depth)}${inner}${"]".repeat(depth)}, "role": "admin"}`;
      const res = await call("POST", "/v1/keys", {
        key: "test-admin-token",
        raw,
        headers: { "Content-Type": "application/json" },
      });
      expect(res.status).toBe(422);
      expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    }
  });

  it("serves a description at every problem type URI", async () => {
    const problem = await json<{ type: string }>(await call("GET", "/v1/articles/art_missing"));
    const type = new URL(problem.type);
    const res = await call("GET", type.pathname);
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ type: "not_found", status: 404 });
  });

  it("echoes a request id on every response", async () => {
    const res = await call("GET", "/v1/claims");
    expect(res.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });
});

describe("API description", () => {
  it("serves OpenAPI 3.1 with every route and its problem responses", async () => {
    const res = await call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    const doc = await json<{
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>(res);
    expect(doc.openapi).toBe("3.1.0");
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual(
      [
        "POST /v1/keys",
        "GET /v1/keys",
        "DELETE /v1/keys/{id}",
        "POST /v1/articles",
        "GET /v1/articles",
        "GET /v1/articles/{id}",
        "POST /v1/articles/{id}/claims",
        "GET /v1/claims",
        "GET /v1/claims/{id}",
        "GET /v1/claims/{id}/history",
        "POST /v1/claims/{id}/status",
        "GET /v1/claims/{id}/claimreview",
        "GET /widget.js",
        "GET /embed/claims/{id}",
        "GET /embed/articles/{id}",
        "GET /oembed",
        "GET /v1/changes",
        "GET /feeds/changes.atom",
        "GET /v1alpha1/claims:search",
        "POST /v1/webhooks",
        "GET /v1/webhooks",
        "GET /v1/webhooks/{id}",
        "DELETE /v1/webhooks/{id}",
        "GET /v1/webhooks/{id}/deliveries",
        "POST /v1/matches",
        "GET /v1/claims/{id}/matches",
        "GET /v1/suggestions",
        "POST /v1/suggestions/{id}/accept",
        "POST /v1/suggestions/{id}/reject",
      ].sort(),
    );
    const status = doc.paths["/v1/claims/{id}/status"]?.post?.responses ?? {};
    for (const code of ["200", "401", "403", "404", "412", "422", "429", "500"])
      expect(Object.keys(status)).toContain(code);
  });

  it("serves human docs at /docs", async () => {
    const res = await call("GET", "/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/text\/html/);
    expect(await res.text()).toContain("/openapi.json");
    expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
  });
});
