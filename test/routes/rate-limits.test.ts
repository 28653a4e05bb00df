import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ADMIN, call, createKey, json, snapshot, uniqueUrl } from "../helpers";

/** vitest.config.ts sets the read limit lower than wrangler.toml's for speed. */
const READ_LIMIT = env.TEST_READ_LIMIT;
const ip = () => `203.0.113.${Math.floor(Math.random() * 250)}`;

async function expectRateLimited(res: Response) {
  expect(res.status).toBe(429);
  expect(res.headers.get("Retry-After")).toMatch(/^\d+$/);
  expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  expect((await json<{ title: string }>(res)).title).toBe("Too many requests");
}

describe("rate limits (wrangler.toml [[ratelimits]])", () => {
  it("limits writes per API key, with a 429 problem and Retry-After, and writes nothing", async () => {
    const { key } = await createKey("submitter", "busy-client");
    const other = await createKey("submitter", "calm-client");
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 130 && !limited; i++) {
      const res = await call("POST", "/v1/articles", {
        key,
        body: { url: uniqueUrl("rl"), title: "t", body: "A 12 percent rise.", extract: false },
      });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(120); // the configured limit
    if (!limited) throw new Error("never limited");
    await expectRateLimited(limited);
    const before = await snapshot();
    const again = await call("POST", "/v1/articles", {
      key,
      body: { url: uniqueUrl("rl"), title: "t", body: "x", extract: false },
    });
    expect(again.status).toBe(429);
    expect(await snapshot()).toBe(before);
    // Another key is not affected, nor are reads by the limited key.
    const fresh = await call("POST", "/v1/articles", {
      key: other.key,
      body: { url: uniqueUrl("rl"), title: "t", body: "x", extract: false },
    });
    expect(fresh.status).toBe(201);
    expect((await call("GET", "/v1/claims", { key })).status).toBe(200);
    // A method no route takes is a 405 for the limited key too: it was never a write.
    for (const method of ["TRACE", "PUT", "PATCH"]) {
      const res = await call(method, "/v1/articles", { key });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("Allow")).toBe("POST, GET, HEAD");
    }
  }, 60_000);

  it("does not count a method no route takes against the write limit", async () => {
    const { key } = await createKey("submitter", "tracer");
    for (let i = 0; i < 130; i++) {
      const res = await call(i % 2 ? "TRACE" : "PUT", "/v1/articles", { key });
      expect(res.status).toBe(405);
    }
    const write = await call("POST", "/v1/articles", {
      key,
      body: { url: uniqueUrl("rl"), title: "t", body: "A 2 percent fall.", extract: false },
    });
    expect(write.status).toBe(201);
  }, 60_000);

  it("limits failed authentications per client address, answering 429 only after the 401s it counts", async () => {
    const address = ip();
    // Requests that never reach authentication (a method no route takes) are not failures.
    for (let i = 0; i < 40; i++) {
      const res = await call("TRACE", "/v1/claims", {
        key: `ct_trace_${i}`,
        headers: { "CF-Connecting-IP": address },
      });
      expect(res.status).toBe(405);
    }
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await call("GET", "/v1/claims", {
        key: `ct_guess_${i}`,
        headers: { "CF-Connecting-IP": address },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    const blocked = await call("GET", "/v1/claims", {
      key: "ct_guess_last",
      headers: { "CF-Connecting-IP": address },
    });
    await expectRateLimited(blocked);
    // Other addresses still get a plain 401, and the admin token is not locked out elsewhere.
    expect(
      (await call("GET", "/v1/claims", { key: "ct_guess", headers: { "CF-Connecting-IP": ip() } }))
        .status,
    ).toBe(401);
    expect((await call("GET", "/v1/keys", { key: ADMIN })).status).toBe(200);
  }, 60_000);

  it("limits anonymous reads that reach the database per client address", async () => {
    const address = "192.0.2.77";
    let limited: Response | undefined;
    let ok = 0;
    for (let i = 0; i < READ_LIMIT + 10 && !limited; i++) {
      const res = await call("GET", "/v1/articles?limit=1", {
        headers: { "CF-Connecting-IP": address },
      });
      if (res.status === 429) limited = res;
      else {
        ok += 1;
        await res.arrayBuffer(); // let each response finish before the next request
      }
    }
    expect(ok).toBe(READ_LIMIT);
    if (!limited) throw new Error("never limited");
    await expectRateLimited(limited);
  }, 60_000);
});
