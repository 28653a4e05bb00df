import { describe, expect, it } from "vitest";
import { isCountryCode } from "../../src/claims/status";
import { call, json } from "../helpers";
import { contractOperations, declaredRoles, fillPath, openApiDocument } from "./operations";

const doc = await openApiDocument();
const operations = await contractOperations();
const name = (op: { method: string; path: string }) => `${op.method} ${op.path}`;

describe("/openapi.json says what the server does", () => {
  it("is OpenAPI 3.1 and every operation has a unique operationId", () => {
    expect(doc.openapi).toBe("3.1.0");
    const ids = operations.map((op) => op.operationId);
    for (const op of operations) expect(op.operationId, name(op)).toMatch(/^[a-z][A-Za-z0-9]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("declares public operations with security: [] and the others with their role", () => {
    for (const op of operations) {
      expect(op.security, name(op)).toBeDefined();
      if (declaredRoles(op).length === 0) expect(op.security, name(op)).toEqual([]);
    }
  });

  it.each(operations.filter((op) => op.path.includes("{")).map((op) => [name(op), op] as const))(
    "%s answers an over-long id with a documented 400",
    async (_, op) => {
      const res = await call(op.method, fillPath(op.path, "x".repeat(65)), {
        key: "test-admin-token",
        body: op.fields ? {} : undefined,
        headers: { "If-Match": '"v1"' },
      });
      expect(res.status).toBe(400);
      expect(Object.keys(op.responses)).toContain("400");
      expect((await json<{ errors: { field: string }[] }>(res)).errors[0]?.field).toBe("id");
    },
  );

  it("gives reviewer.country the ISO 3166-1 alpha-2 pattern the server enforces, exactly", () => {
    const schema = doc.components?.schemas?.StatusChange as {
      properties: { reviewer: { properties: { country: { pattern: string } } } };
    };
    const pattern = new RegExp(schema.properties.reviewer.properties.country.pattern);
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const a of letters)
      for (const b of letters) {
        const code = a + b;
        expect(pattern.test(code), code).toBe(isCountryCode(code));
        expect(pattern.test(` ${code.toLowerCase()} `), code).toBe(isCountryCode(code));
      }
    expect(pattern.test("TUR")).toBe(false);
  });

  it("says trimmed strings need a character that is not whitespace, as the server does", async () => {
    const schema = doc.components?.schemas?.CreateApiKey as {
      properties: { name: { pattern: string; minLength: number } };
    };
    expect(schema.properties.name).toMatchObject({ minLength: 1, pattern: "\\S" });
    const blank = await call("POST", "/v1/keys", {
      key: "test-admin-token",
      body: { name: "   ", role: "submitter" },
    });
    expect(blank.status).toBe(422);
  });

  it("keeps path ids to one segment that is not . or .., which clients would resolve away", async () => {
    const ids = operations.flatMap((op) =>
      op.parameters.filter((p) => p.in === "path").map((p) => ({ op, p })),
    );
    expect(ids.length).toBeGreaterThan(10);
    for (const { op, p } of ids) {
      const pattern = new RegExp(String(p.schema?.pattern), "u");
      for (const bad of [".", "..", "a/b", ""])
        expect(pattern.test(bad), `${name(op)} ${bad}`).toBe(false);
      for (const good of ["clm_01jf8x3k9q7c2m4n5p6r7s8t9v", "...", ".x", "x.", "%2e"])
        expect(pattern.test(good), `${name(op)} ${good}`).toBe(true);
    }
    // As the server reads it: an id with a slash (sent as %2F) is a 400, an unknown one a 404.
    const slash = await call("GET", "/v1/claims/clm_a%2Fb");
    expect(slash.status).toBe(400);
    expect((await json<{ errors: { field: string }[] }>(slash)).errors[0]?.field).toBe("id");
    expect((await call("GET", "/v1/claims/clm_nothing")).status).toBe(404);
  });

  it("promises no status an operation cannot answer: 403 where every key may call, 412/428 without If-Match", () => {
    for (const op of operations) {
      const codes = Object.keys(op.responses);
      const roles = declaredRoles(op);
      // Submitter is the least role: a route open to it has no key with too little.
      if (roles.length > 0 && roles.every((r) => r === "submitter"))
        expect(codes, name(op)).not.toContain("403");
      const asksVersion = op.parameters.some((p) => p.name.toLowerCase() === "if-match");
      if (!asksVersion) {
        expect(codes, name(op)).not.toContain("412");
        expect(codes, name(op)).not.toContain("428");
      }
    }
  });

  it("describes URLs as http(s) URIs", () => {
    const schema = doc.components?.schemas?.CreateArticle as {
      properties: { url: { format: string; pattern: string } };
    };
    expect(schema.properties.url).toMatchObject({ format: "uri" });
    expect(new RegExp(schema.properties.url.pattern).test("ftp://x.example/")).toBe(false);
  });
});
