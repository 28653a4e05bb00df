import { describe, expect, it } from "vitest";
import {
  type ContractOperation,
  contractOperations,
  declaredRoles,
  fillPath,
  type Role,
  roles,
} from "../contract/operations";
import { ADMIN, call, createKey, json, seedArticle, snapshot } from "../helpers";

/**
 * The authorization matrix, derived from the OpenAPI description: every operation
 * that needs a key × {no key, bad key, malformed header, revoked key, each role},
 * and every public write × the same callers. No list here to keep up to date.
 */
const operations = await contractOperations();
const secured = operations.filter((op) => declaredRoles(op).length > 0);
const publicWrites = operations.filter(
  (op) => declaredRoles(op).length === 0 && op.method !== "GET" && op.method !== "HEAD",
);
const rank: Record<Role, number> = { submitter: 1, factchecker: 2, admin: 3 };
const name = (op: ContractOperation) => `${op.method} ${op.path}`;

/** A request to `op` on a real claim or article (ids the route does not own just give 404). */
async function requestFor(op: ContractOperation) {
  const article = await seedArticle(ADMIN);
  const claim = article.claims[0];
  const id = op.path.startsWith("/v1/claims/") ? (claim?.id ?? "") : article.id;
  return {
    method: op.method,
    path: fillPath(op.path, id),
    body: op.fields ? {} : undefined,
    headers: { "If-Match": '"v1"' },
  };
}

describe("the matrix covers the contract", () => {
  it("finds the operations that need a key, each naming its minimum role", () => {
    expect(secured.length).toBeGreaterThanOrEqual(10);
    for (const op of secured) {
      const declared = declaredRoles(op);
      expect(declared, name(op)).toHaveLength(1);
      expect(roles, name(op)).toContain(declared[0]);
    }
  });

  it("documents 401 on every secured operation, and 403 where a role is below the minimum", () => {
    for (const op of secured) {
      expect(Object.keys(op.responses), name(op)).toContain("401");
      if (declaredRoles(op)[0] !== "submitter")
        expect(Object.keys(op.responses), name(op)).toContain("403");
    }
  });
});

describe.each(secured.map((op) => [name(op), op] as const))("%s authorization", (_, op) => {
  const minimum = declaredRoles(op)[0] as Role;

  it("answers 401 problem without a key and changes nothing", async () => {
    const req = await requestFor(op);
    const before = await snapshot();
    const res = await call(req.method, req.path, { body: req.body, headers: req.headers });
    expect(res.status).toBe(401);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect(await snapshot()).toBe(before);
  });

  it("answers 401 for an unknown key and for a malformed Authorization header", async () => {
    const req = await requestFor(op);
    const before = await snapshot();
    const bad = await call(req.method, req.path, {
      body: req.body,
      headers: req.headers,
      key: "ct_not_a_real_key",
    });
    expect(bad.status).toBe(401);
    const malformed = await call(req.method, req.path, {
      body: req.body,
      headers: { ...req.headers, Authorization: "Basic abc" },
    });
    expect(malformed.status).toBe(401);
    expect(await snapshot()).toBe(before);
  });

  it("answers 401 for a revoked key, even an admin's", async () => {
    const req = await requestFor(op);
    const key = await createKey("admin", "revoked-admin");
    expect((await call("DELETE", `/v1/keys/${key.id}`, { key: ADMIN })).status).toBe(204);
    const before = await snapshot();
    const res = await call(req.method, req.path, {
      body: req.body,
      headers: req.headers,
      key: key.key,
    });
    expect(res.status).toBe(401);
    expect(await snapshot()).toBe(before);
  });

  it(`answers 403 naming ${minimum} to every role below it and lets the rest past`, async () => {
    for (const role of roles) {
      const req = await requestFor(op);
      const { key } = await createKey(role);
      const before = await snapshot();
      const res = await call(req.method, req.path, { body: req.body, headers: req.headers, key });
      if (rank[role] < rank[minimum]) {
        expect(res.status, `${role} on ${name(op)}`).toBe(403);
        expect((await json<{ detail: string }>(res)).detail).toContain(minimum);
        expect(await snapshot()).toBe(before);
      } else {
        // Past authorization: whatever the (empty) body or id earns, not 401 or 403.
        expect([401, 403], `${role} on ${name(op)}`).not.toContain(res.status);
        await res.arrayBuffer();
      }
    }
  });
});

describe.each(publicWrites.map((op) => [name(op), op] as const))("%s (public)", (_, op) => {
  it("needs no key, but refuses an unknown or revoked one with 401", async () => {
    const req = await requestFor(op);
    const anonymous = await call(req.method, req.path, { body: req.body, headers: req.headers });
    expect([401, 403]).not.toContain(anonymous.status);
    await anonymous.arrayBuffer();
    const key = await createKey("admin", "revoked-admin");
    await call("DELETE", `/v1/keys/${key.id}`, { key: ADMIN });
    const before = await snapshot();
    for (const secret of ["ct_not_a_real_key", key.key]) {
      const res = await call(req.method, req.path, {
        body: req.body,
        headers: req.headers,
        key: secret,
      });
      expect(res.status).toBe(401);
    }
    expect(await snapshot()).toBe(before);
  });
});

describe("public reads", () => {
  const publicReads = operations.filter(
    (op) => op.method === "GET" && declaredRoles(op).length === 0,
  );

  it("are declared public (security: [])", () => {
    expect(publicReads.length).toBeGreaterThan(5);
    for (const op of publicReads) expect(op.security, name(op)).toEqual([]);
  });

  it.each(publicReads.map((op) => [name(op), op] as const))(
    "%s needs no key and still rejects a bad one",
    async (_, op) => {
      const req = await requestFor(op);
      const anonymous = await call("GET", req.path);
      expect([401, 403], req.path).not.toContain(anonymous.status);
      await anonymous.arrayBuffer();
      expect((await call("GET", req.path, { key: "wrong" })).status).toBe(401);
    },
  );
});
