import { describe, expect, it } from "vitest";
import { ADMIN, call, createKey, json, seedArticle, snapshot, uniqueUrl } from "../helpers";

type Role = "submitter" | "factchecker" | "admin";

interface WriteRoute {
  name: string;
  minimum: Role;
  /** Builds a fresh, valid request so an allowed caller would succeed. */
  request: () => Promise<{ method: string; path: string; body?: unknown }>;
}

const rank: Record<Role, number> = { submitter: 1, factchecker: 2, admin: 3 };

async function someClaim() {
  const article = await seedArticle(ADMIN);
  const claim = article.claims[0];
  if (!claim) throw new Error("seed has no claims");
  return { article, claim };
}

const writeRoutes: WriteRoute[] = [
  {
    name: "POST /v1/keys",
    minimum: "admin",
    request: async () => ({
      method: "POST",
      path: "/v1/keys",
      body: { name: "k", role: "submitter" },
    }),
  },
  {
    name: "GET /v1/keys",
    minimum: "admin",
    request: async () => ({ method: "GET", path: "/v1/keys" }),
  },
  {
    name: "DELETE /v1/keys/{id}",
    minimum: "admin",
    request: async () => ({
      method: "DELETE",
      path: `/v1/keys/${(await createKey("submitter")).id}`,
    }),
  },
  {
    name: "POST /v1/articles",
    minimum: "submitter",
    request: async () => ({
      method: "POST",
      path: "/v1/articles",
      body: { url: uniqueUrl(), title: "T", body: "Text of 3 sentences.", extract: false },
    }),
  },
  {
    name: "POST /v1/articles/{id}/claims",
    minimum: "submitter",
    request: async () => {
      const { article } = await someClaim();
      return {
        method: "POST",
        path: `/v1/articles/${article.id}/claims`,
        body: { text: `new claim ${crypto.randomUUID()}` },
      };
    },
  },
  {
    name: "POST /v1/claims/{id}/status",
    minimum: "factchecker",
    request: async () => {
      const { claim } = await someClaim();
      return {
        method: "POST",
        path: `/v1/claims/${claim.id}/status`,
        body: { status: "confirmed" },
      };
    },
  },
];

describe.each(writeRoutes)("$name authorization", (route) => {
  it("answers 401 problem without a key and changes nothing", async () => {
    const req = await route.request();
    const before = await snapshot();
    const res = await call(req.method, req.path, { body: req.body });
    expect(res.status).toBe(401);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect(await snapshot()).toBe(before);
  });

  it("answers 401 for an unknown key and for a malformed Authorization header", async () => {
    const req = await route.request();
    const before = await snapshot();
    const bad = await call(req.method, req.path, { body: req.body, key: "ct_not_a_real_key" });
    expect(bad.status).toBe(401);
    const malformed = await call(req.method, req.path, {
      body: req.body,
      headers: { Authorization: "Basic abc" },
    });
    expect(malformed.status).toBe(401);
    expect(await snapshot()).toBe(before);
  });

  it("answers 401 for a revoked key", async () => {
    const req = await route.request();
    const key = await createKey("admin", "revoked-admin");
    expect((await call("DELETE", `/v1/keys/${key.id}`, { key: ADMIN })).status).toBe(204);
    const before = await snapshot();
    const res = await call(req.method, req.path, { body: req.body, key: key.key });
    expect(res.status).toBe(401);
    expect(await snapshot()).toBe(before);
  });

  it("answers 403 for every role below the minimum and succeeds for the rest", async () => {
    for (const role of ["submitter", "factchecker", "admin"] as Role[]) {
      const req = await route.request();
      const { key } = await createKey(role);
      const before = await snapshot();
      const res = await call(req.method, req.path, { body: req.body, key });
      if (rank[role] < rank[route.minimum]) {
        expect(res.status, `${role} on ${route.name}`).toBe(403);
        expect((await json<{ detail: string }>(res)).detail).toContain(route.minimum);
        expect(await snapshot()).toBe(before);
      } else {
        expect(res.status, `${role} on ${route.name}`).toBeLessThan(300);
      }
    }
  });
});

describe("public reads", () => {
  it("need no key", async () => {
    const { article, claim } = await someClaim();
    for (const path of [
      "/v1/articles",
      `/v1/articles/${article.id}`,
      "/v1/claims",
      `/v1/claims/${claim.id}`,
      `/v1/claims/${claim.id}/history`,
    ]) {
      expect((await call("GET", path)).status, path).toBe(200);
    }
  });

  it("still reject a bad key rather than silently reading anonymously", async () => {
    expect((await call("GET", "/v1/claims", { key: "wrong" })).status).toBe(401);
  });
});
