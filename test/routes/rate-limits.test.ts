import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ADMIN, call, createKey, inOneWindow, snapshot, uniqueUrl } from "../helpers";

/** vitest.config.ts sets the read limit lower than wrangler.toml's for speed. */
const READ_LIMIT = env.TEST_READ_LIMIT;
/** A client address (TEST-NET-2) no other request of this file has used. */
let nextAddress = Math.floor(Math.random() * 100);
const ip = () => `198.51.100.${1 + (nextAddress++ % 254)}`;

interface Limited {
  status: number;
  retryAfter: string | null;
  contentType: string | null;
  title: string;
}

async function seen(res: Response): Promise<Limited> {
  const text = await res.text();
  let title = "";
  try {
    title = (JSON.parse(text) as { title?: string }).title ?? "";
  } catch {
    // not JSON: the title stays empty and the assertion below says so
  }
  return {
    status: res.status,
    retryAfter: res.headers.get("Retry-After"),
    contentType: res.headers.get("Content-Type"),
    title,
  };
}

function expectRateLimited(res: Limited | undefined) {
  expect(res?.status).toBe(429);
  expect(res?.retryAfter).toMatch(/^\d+$/);
  expect(res?.contentType).toBe("application/problem+json");
  expect(res?.title).toBe("Too many requests");
}

describe("rate limits (wrangler.toml [[ratelimits]])", () => {
  it("limits writes per API key, with a 429 problem and Retry-After, and writes nothing", async () => {
    const run = await inOneWindow(async () => {
      const { key } = await createKey("submitter", "busy-client");
      const other = await createKey("submitter", "calm-client");
      const statuses: number[] = [];
      let limited: Limited | undefined;
      for (let i = 0; i < 130 && !limited; i++) {
        const res = await call("POST", "/v1/articles", {
          key,
          body: { url: uniqueUrl("rl"), title: "t", body: "A 12 percent rise.", extract: false },
        });
        statuses.push(res.status);
        if (res.status === 429) limited = await seen(res);
        else await res.arrayBuffer();
      }
      const before = await snapshot();
      const again = await call("POST", "/v1/articles", {
        key,
        body: { url: uniqueUrl("rl"), title: "t", body: "x", extract: false },
      });
      await again.arrayBuffer();
      const after = await snapshot();
      // Another key is not affected, nor are reads by the limited key.
      const fresh = await call("POST", "/v1/articles", {
        key: other.key,
        body: { url: uniqueUrl("rl"), title: "t", body: "x", extract: false },
      });
      await fresh.arrayBuffer();
      const read = await call("GET", "/v1/claims", { key });
      await read.arrayBuffer();
      // A method no route takes is a 405 for the limited key too: it was never a write.
      const others: { method: string; status: number; allow: string | null }[] = [];
      for (const method of ["TRACE", "PUT", "PATCH"]) {
        const res = await call(method, "/v1/articles", { key });
        await res.arrayBuffer();
        others.push({ method, status: res.status, allow: res.headers.get("Allow") });
      }
      return {
        statuses,
        limited,
        before,
        again: again.status,
        after,
        fresh: fresh.status,
        read: read.status,
        others,
      };
    });
    expect(run.statuses.filter((s) => s === 201)).toHaveLength(120); // the configured limit
    expectRateLimited(run.limited);
    expect(run.again).toBe(429);
    expect(run.after).toBe(run.before);
    expect(run.fresh).toBe(201);
    expect(run.read).toBe(200);
    for (const { method, status, allow } of run.others) {
      expect(status, method).toBe(405);
      expect(allow).toBe("POST, GET, HEAD");
    }
  }, 180_000);

  it("does not count a method no route takes against the write limit", async () => {
    const run = await inOneWindow(async () => {
      const { key } = await createKey("submitter", "tracer");
      const statuses: number[] = [];
      for (let i = 0; i < 130; i++) {
        const res = await call(i % 2 ? "TRACE" : "PUT", "/v1/articles", { key });
        await res.arrayBuffer();
        statuses.push(res.status);
      }
      const write = await call("POST", "/v1/articles", {
        key,
        body: { url: uniqueUrl("rl"), title: "t", body: "A 2 percent fall.", extract: false },
      });
      await write.arrayBuffer();
      return { statuses, write: write.status };
    });
    expect(run.statuses.every((s) => s === 405)).toBe(true);
    expect(run.write).toBe(201);
  }, 180_000);

  it("limits failed authentications per client address, answering 429 only after the 401s it counts", async () => {
    const run = await inOneWindow(async () => {
      const address = ip();
      // Requests that never reach authentication (a method no route takes) are not failures.
      const traces: number[] = [];
      for (let i = 0; i < 40; i++) {
        const res = await call("TRACE", "/v1/claims", {
          key: `ct_trace_${i}`,
          headers: { "CF-Connecting-IP": address },
        });
        await res.arrayBuffer();
        traces.push(res.status);
      }
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) {
        const res = await call("GET", "/v1/claims", {
          key: `ct_guess_${i}`,
          headers: { "CF-Connecting-IP": address },
        });
        await res.arrayBuffer();
        statuses.push(res.status);
      }
      const blocked = await seen(
        await call("GET", "/v1/claims", {
          key: "ct_guess_last",
          headers: { "CF-Connecting-IP": address },
        }),
      );
      // Other addresses still get a plain 401, and the admin token is not locked out elsewhere.
      const elsewhere = ip();
      const otherAddress = await call("GET", "/v1/claims", {
        key: "ct_guess",
        headers: { "CF-Connecting-IP": elsewhere },
      });
      await otherAddress.arrayBuffer();
      const adminRead = await call("GET", "/v1/keys", { key: ADMIN });
      await adminRead.arrayBuffer();
      return {
        traces,
        statuses,
        blocked,
        otherAddress: otherAddress.status,
        admin: adminRead.status,
      };
    });
    expect(run.traces.every((s) => s === 405)).toBe(true);
    expect(run.statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(run.statuses[30]).toBe(429);
    expectRateLimited(run.blocked);
    expect(run.otherAddress).toBe(401);
    expect(run.admin).toBe(200);
  }, 180_000);

  it("limits anonymous reads that reach the database per client address", async () => {
    const run = await inOneWindow(async () => {
      const address = ip();
      let limited: Limited | undefined;
      let ok = 0;
      for (let i = 0; i < READ_LIMIT + 10 && !limited; i++) {
        const res = await call("GET", "/v1/articles?limit=1", {
          headers: { "CF-Connecting-IP": address },
        });
        if (res.status === 429) limited = await seen(res);
        else {
          ok += 1;
          await res.arrayBuffer(); // let each response finish before the next request
        }
      }
      return { ok, limited };
    });
    expect(run.ok).toBe(READ_LIMIT);
    expectRateLimited(run.limited);
  }, 180_000);
});
