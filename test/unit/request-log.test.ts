import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildApp } from "../../src/index";
import { ADMIN, seedArticle } from "../helpers";

const app = buildApp();

/** Sends `path` through the app with LOG_LEVEL set, and returns the JSON lines it logged. */
async function logged(level: string, path: string, init: RequestInit = {}) {
  const spy = vi.spyOn(console, "log").mockImplementation(() => {});
  const response = await app.request(`http://claimtrail.test${path}`, init, {
    ...env,
    LOG_LEVEL: level,
  });
  await response.arrayBuffer();
  const lines = spy.mock.calls.map((args) => String(args[0]));
  spy.mockRestore();
  return { response, lines, entries: lines.map((line) => JSON.parse(line)) };
}

describe("request log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("logs anonymous public reads only at debug, hits and misses alike; their failures at info", async () => {
    const article = await seedArticle(ADMIN);
    const path = `/v1/claims/${article.claims[0]?.id}`;

    const quietMiss = await logged("info", `${path}?n=1`);
    expect(quietMiss.response.headers.get("X-Cache")).toBe("MISS");
    expect(quietMiss.lines).toEqual([]);

    const failed = await logged("info", "/v1/claims/clm_missing", {
      headers: { "X-Request-Id": "req-log-404" },
    });
    expect(failed.response.status).toBe(404);
    expect(failed.entries).toEqual([
      expect.objectContaining({ level: "info", request_id: "req-log-404", status: 404 }),
    ]);

    const miss = await logged("debug", path, { headers: { "X-Request-Id": "req-log-1" } });
    expect(miss.response.headers.get("X-Cache")).toBe("MISS");
    expect(miss.entries).toEqual([
      expect.objectContaining({
        level: "debug",
        request_id: "req-log-1",
        method: "GET",
        path,
        status: 200,
        cache: "MISS",
        principal: null,
      }),
    ]);
    expect(typeof miss.entries[0].duration_ms).toBe("number");

    const hit = await logged("info", path);
    expect(hit.response.headers.get("X-Cache")).toBe("HIT");
    expect(hit.lines).toEqual([]);

    const debugHit = await logged("debug", path);
    expect(debugHit.response.headers.get("X-Cache")).toBe("HIT");
    expect(debugHit.entries).toEqual([
      expect.objectContaining({ level: "debug", path, status: 200, cache: "HIT" }),
    ]);

    const quiet = await logged("error", `/v1/claims/${article.claims[1]?.id}`);
    expect(quiet.response.status).toBe(200);
    expect(quiet.lines).toEqual([]);
  });

  it("never logs keys, bodies or query strings", async () => {
    const secretQuery = "token=query-secret-value";
    const write = await logged("info", `/v1/keys?${secretQuery}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${ADMIN}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "body-secret-name", role: "submitter" }),
    });
    expect(write.response.status).toBe(201);
    expect(write.entries).toEqual([
      expect.objectContaining({ method: "POST", path: "/v1/keys", status: 201, cache: null }),
    ]);
    const created = write.entries[0];
    expect(created.principal).toBe("admin_token");
    const line = write.lines.join("\n");
    for (const secret of [ADMIN, "query-secret-value", "body-secret-name", "ct_"]) {
      expect(line).not.toContain(secret);
    }
  });
});
