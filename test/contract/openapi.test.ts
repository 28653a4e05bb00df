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

  it("describes URLs as http(s) URIs", () => {
    const schema = doc.components?.schemas?.CreateArticle as {
      properties: { url: { format: string; pattern: string } };
    };
    expect(schema.properties.url).toMatchObject({ format: "uri" });
    expect(new RegExp(schema.properties.url.pattern).test("ftp://x.example/")).toBe(false);
  });
});
