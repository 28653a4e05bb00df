import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "../helpers";

describe("GET /docs", () => {
  it("loads the reference UI from this Worker only, under a CSP with no other origin", async () => {
    const res = await call("GET", "/docs");
    expect(res.status).toBe(200);
    const csp = res.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toMatch(/https?:/);
    const html = await res.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual([
      "/openapi.json",
      "/openapi.json",
      "/docs/scalar-api-reference.js",
      "/docs/init.js",
    ]);
  });

  it("has the scripts it names in the Worker's static assets", async () => {
    for (const path of ["/docs/scalar-api-reference.js", "/docs/init.js"]) {
      const res = await env.ASSETS?.fetch(`http://claimtrail.test${path}`);
      expect(res?.status, path).toBe(200);
      expect(res?.headers.get("Content-Type"), path).toMatch(/javascript/);
      const text = (await res?.text()) ?? "";
      expect(text.length, path).toBeGreaterThan(100);
      expect(text).not.toMatch(/cdn\.jsdelivr\.net\/npm\/@scalar/);
    }
  });
});
