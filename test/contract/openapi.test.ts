import { describe, expect, it } from "vitest";
import { isCountryCode } from "../../src/claims/status";
import { buildApp } from "../../src/index";
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

  it("describes every route the app serves but the pages that are no part of the JSON API", () => {
    // HTML for people (the desk, the docs UI), the description itself, and discovery aids
    // (the index, the problem type pages a problem's `type` links to).
    const outside = [
      /^\/desk(\/|$)/,
      /^\/docs$/,
      /^\/openapi\.json$/,
      /^\/$/,
      /^\/problems\/:code$/,
    ];
    const documented = new Set(
      operations.map((op) => `${op.method} ${op.path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    const undocumented = buildApp()
      .routes.filter((route) => route.method !== "ALL")
      .map((route) => `${route.method} ${route.path}`)
      .filter((route) => !documented.has(route))
      .filter((route) => !outside.some((page) => page.test(route.split(" ")[1] ?? "")));
    // A route added with app.get/post instead of createRoute would escape the fuzz and auth matrix.
    expect([...new Set(undocumented)]).toEqual([]);
    expect(documented.size).toBe(operations.length);
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

describe("string lengths as JSON Schema counts them", () => {
  const key = "test-admin-token";
  const newKey = (name: string) =>
    call("POST", "/v1/keys", { key, body: { name, role: "submitter" } });

  it("counts maxLength before trimming: a name padded past 100 characters is refused, as the schema says", async () => {
    const schema = doc.components?.schemas?.CreateApiKey as {
      properties: { name: { maxLength: number } };
    };
    expect(schema.properties.name.maxLength).toBe(100);
    const padded = `key${" ".repeat(100)}`;
    const res = await newKey(padded);
    expect(res.status).toBe(422);
    expect((await json<{ errors: { field: string }[] }>(res)).errors[0]?.field).toBe("name");
    // Trimmed, and within the limit: kept without its spaces.
    const ok = await newKey(`  key ${"x".repeat(90)}  `);
    expect(ok.status).toBe(201);
    expect((await json<{ name: string }>(ok)).name).toBe(`key ${"x".repeat(90)}`);
  });

  it("counts characters (code points), not UTF-16 units: 100 emoji are a name of 100 characters", async () => {
    expect((await newKey("😀".repeat(100))).status).toBe(201);
    expect((await newKey("😀".repeat(101))).status).toBe(422);
    // An id of 64 astral characters is within its documented maxLength: a 404, not a 400.
    expect((await call("GET", `/v1/claims/${encodeURIComponent("😀".repeat(64))}`)).status).toBe(
      404,
    );
    expect((await call("GET", `/v1/claims/${encodeURIComponent("😀".repeat(65))}`)).status).toBe(
      400,
    );
  });

  it("says a match's text needs a character that is not whitespace, as the server does", async () => {
    const schema = doc.components?.schemas?.MatchRequest as {
      properties: { text: { pattern?: string; maxLength: number } };
    };
    expect(schema.properties.text).toMatchObject({ pattern: "\\S", maxLength: 5000 });
    const blank = await call("POST", "/v1/matches", { key, body: { text: "   " } });
    expect(blank.status).toBe(422);
    const padded = await call("POST", "/v1/matches", {
      key,
      body: { text: `raids ${" ".repeat(5000)}` },
    });
    expect(padded.status).toBe(422);
  });

  it("counts a status note's and a claimant description's maxLength before trimming", async () => {
    for (const [schemaName, field, max] of [
      ["StatusChange", "note", 5000],
      ["ClaimInput", "claimant", 200],
    ] as const) {
      const schema = doc.components?.schemas?.[schemaName] as {
        properties: Record<string, { maxLength?: number; anyOf?: { maxLength?: number }[] }>;
      };
      const prop = schema.properties[field];
      expect(prop?.maxLength ?? prop?.anyOf?.[0]?.maxLength, `${schemaName}.${field}`).toBe(max);
    }
    const article = await call("POST", "/v1/articles", {
      key,
      body: {
        url: `https://news.example.com/trim-${crypto.randomUUID()}`,
        title: "Port traffic fell",
        body: "The port authority said traffic fell 9 percent in March.",
        extract: false,
        claims: [
          {
            text: "Traffic fell 9 percent",
            claimant: { name: "The port authority", description: `x${" ".repeat(500)}` },
          },
        ],
      },
    });
    expect(article.status).toBe(422);
  });
});

describe("rules the server checks across fields are in the schema", () => {
  const key = "test-admin-token";

  it("says a title is required with body (dependentRequired), as the server refuses without one", async () => {
    const schema = doc.components?.schemas?.CreateArticle as Record<string, unknown>;
    expect(schema.dependentRequired).toEqual({ body: ["title"] });
    const res = await call("POST", "/v1/articles", {
      key,
      body: { url: `https://news.example.com/dep-${crypto.randomUUID()}`, body: "Traffic fell." },
    });
    expect(res.status).toBe(422);
  });

  it("says a reviewer is required for under_review (if/then), as the server refuses without one", () => {
    const schema = doc.components?.schemas?.StatusChange as Record<string, unknown>;
    expect(schema.if).toEqual({
      properties: { status: { const: "under_review" } },
      required: ["status"],
    });
    expect(schema.then).toEqual({
      properties: { reviewer: { type: "object" } },
      required: ["reviewer"],
    });
  });

  it("never gives a property another type in a then-clause than in its properties", () => {
    type Typed = { type?: unknown; properties?: Record<string, Typed>; then?: Typed };
    const schemas = Object.entries((doc.components?.schemas ?? {}) as Record<string, Typed>);
    const withThen = schemas.filter(([, schema]) => schema.then);
    expect(withThen.length).toBeGreaterThan(0);
    for (const [name, schema] of withThen) {
      for (const [field, rule] of Object.entries(schema.then?.properties ?? {})) {
        // A reviewer object must not be asked to be a string (every valid change would fail it).
        expect(rule.type, `${name}.then.${field}`).toEqual(schema.properties?.[field]?.type);
      }
    }
  });
});

describe("query strings the schema admits are answered, not refused", () => {
  it("a search with no letter or digit matches nothing (200), in /v1/claims and claims:search", async () => {
    const list = await call("GET", `/v1/claims?q=${encodeURIComponent("?! …")}`);
    expect(list.status).toBe(200);
    expect(await json(list)).toEqual({ data: [], next_cursor: null });
    const google = await call("GET", `/v1alpha1/claims:search?query=${encodeURIComponent("%%")}`);
    expect(google.status).toBe(200);
    expect(await json(google)).toEqual({});
  });

  it("an article url filter that is not an absolute URL matches no article; oEmbed of one is a 404", async () => {
    const list = await call("GET", "/v1/articles?url=not%20a%20url");
    expect(list.status).toBe(200);
    expect(await json(list)).toEqual({ data: [], next_cursor: null });
    const oembed = await call("GET", "/oembed?url=%00x");
    expect(oembed.status).toBe(404);
    const op = operations.find((o) => o.path === "/oembed");
    expect(Object.keys(op?.responses ?? {})).toContain("404");
  });
});
