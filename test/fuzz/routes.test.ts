import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTITY_TAG_LIST } from "../../src/lib/etag";
import { contractOperations } from "../contract/operations";
import { ADMIN, createKey, json, seedArticle, uniqueUrl } from "../helpers";
import {
  contentType,
  headerValue,
  hostileString,
  hugeString,
  jsonBody,
  jsonValue,
  limitValue,
  pathSegment,
  percentJunk,
  queryString,
  RUNS,
  randomCursor,
  randomId,
  wrongType,
} from "./arbitraries";
import { request as call, problemCode, send, watchErrorLog } from "./checks";

/** Data one test owns: an article with two claims and a key of each role. */
async function seed() {
  const [submitter, factchecker, admin] = await Promise.all([
    createKey("submitter", "fuzz submitter"),
    createKey("factchecker", "fuzz factchecker"),
    createKey("admin", "fuzz admin"),
  ]);
  const article = await seedArticle(ADMIN);
  const claim = article.claims[0];
  if (!claim) throw new Error("seeded article has no claim");
  return { article, claim, submitter, factchecker, admin };
}
type Seed = Awaited<ReturnType<typeof seed>>;

/** Who calls: each role, anonymous, or a key that names nothing. */
function caller(s: Seed): fc.Arbitrary<string | null> {
  return fc.constantFrom(ADMIN, s.admin.key, s.factchecker.key, s.submitter.key, null, "ct_bogus");
}

/** An id for a path: one that exists (so handlers run), or anything else. */
function someId(...real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...real), weight: 2 },
    { arbitrary: randomId, weight: 3 },
  );
}

const text = (max: number) => fc.string({ maxLength: Math.min(max, 40) });
const httpUrl = fc.oneof(
  fc.webUrl(),
  fc.constant(uniqueUrl("fuzz")),
  fc.constantFrom(
    "ftp://x.example/a",
    "javascript:alert(1)",
    "http://",
    "http://127.0.0.1/a",
    "/relative",
    "https://[::1]/",
  ),
);

const articleFields = {
  url: httpUrl,
  title: text(500),
  body: fc.oneof(text(200), hostileString),
  html: fc.oneof(
    hostileString,
    fc.constantFrom(
      "<html><body><article><p>Officials said 12 people were detained.</p></article></body></html>",
      "<p>",
      "<script>x</script>",
      "<!doctype html><title>T</title>",
    ),
  ),
  outlet: text(200),
  author: text(200),
  published_at: fc.oneof(
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom("2026-13-01T00:00:00Z", "yesterday", "2026-11-20"),
  ),
  language: fc.constantFrom("en", "pt-BR", "x", "english", "en_US", ""),
  claims: fc.array(
    fc.oneof(
      fc.record({ text: text(50), claimant: fc.oneof(text(20), fc.record({ name: text(20) })) }),
      wrongType,
    ),
    { maxLength: 4 },
  ),
  extract: fc.oneof(fc.boolean(), wrongType),
};

const claimFields = {
  text: fc.oneof(text(100), hostileString),
  claimant: fc.oneof(text(50), fc.record({ name: text(50), description: text(50) }), wrongType),
  quote: text(100),
  verb: text(20),
};

const statusFields = {
  status: fc.constantFrom(
    "unverified",
    "under_review",
    "confirmed",
    "disputed",
    "refuted",
    "UNVERIFIED",
    "deleted",
  ),
  reviewer: fc.oneof(
    fc.record({ name: text(50), country: fc.constantFrom("TR", "tr", " tr ", "XX", "TUR", "") }),
    fc.record({ name: text(50) }),
  ),
  note: fc.oneof(text(100), hostileString),
  evidence: fc.array(fc.oneof(fc.webUrl(), hostileString), { maxLength: 3 }),
};

/** Generous: a failing property shrinks its counterexample, which takes many more runs. */
const TIMEOUT = 60_000;

/** Every operation of the contract, from the route registry: none can escape the suite. */
const operations = await contractOperations();

describe("fuzz: every route answers hostile input cleanly", () => {
  watchErrorLog();

  it(
    "finds every operation of the contract in the route registry",
    async () => {
      // The list comes from /openapi.json, which the routes declared with createRoute generate.
      expect(operations.length).toBeGreaterThanOrEqual(24);
      for (const op of operations) expect(op.operationId, `${op.method} ${op.path}`).toBeTruthy();
    },
    TIMEOUT,
  );

  it.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))(
    "%s with random path ids, queries, headers, bodies and keys answers only documented statuses",
    async (_, op) => {
      const s = await seed();
      const query = op.parameters.filter((p) => p.in === "query").map((p) => p.name);
      const headerNames = op.parameters.filter((p) => p.in === "header").map((p) => p.name);
      const documented = Object.keys(op.responses);
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            ids: fc.array(someId(s.claim.id, s.article.id, s.submitter.id), {
              minLength: 4,
              maxLength: 4,
            }),
            query: query.length
              ? queryString(
                  Object.fromEntries(
                    query.map((name) => [name, fc.oneof(hostileString, limitValue, randomCursor)]),
                  ),
                )
              : fc.constant(""),
            headers: fc.record(
              Object.fromEntries(
                headerNames.map((name) => [
                  name,
                  fc.oneof(headerValue, fc.constantFrom('"v1"', "*", "v1", crypto.randomUUID())),
                ]),
              ),
              { requiredKeys: [] },
            ),
            body: op.fields
              ? jsonBody(
                  Object.fromEntries(
                    op.fields.map((name) => [
                      name,
                      fc.oneof(hostileString, jsonValue, fc.webUrl()),
                    ]),
                  ),
                )
              : fc.constant(undefined),
          }),
          caller(s),
          async ({ ids, query, headers, body }, key) => {
            let i = 0;
            const path = op.path.replace(/\{[^}]+\}/g, () =>
              pathSegment(ids[i++ % ids.length] ?? ""),
            );
            const { status } = await send(op.method, `${path}${query ? `?${query}` : ""}`, {
              key,
              body,
              headers: headers as Record<string, string>,
              allow5xx: documented.map(Number).filter((code) => code >= 500 && code !== 500),
            });
            // A route may also leave its own path (an id with "/" in it, or a "." or ".." segment
            // that URL parsing resolves): then it is another route's answer.
            if (
              !path.split("/").some((part) => part.includes("%2F") || part === "." || part === "..")
            )
              expect(documented, `${op.method} ${path} answered ${status}`).toContain(
                String(status),
              );
          },
        ),
        { numRuns: RUNS.light },
      );
    },
    TIMEOUT,
  );

  it(
    "POST /v1/keys",
    async () => {
      const s = await seed();
      await fc.assert(
        fc.asyncProperty(
          caller(s),
          jsonBody({
            name: fc.oneof(text(100), hostileString),
            role: fc.constantFrom("submitter", "factchecker", "admin", "root", ""),
          }),
          async (key, body) => {
            const { status } = await send("POST", "/v1/keys", { key, body });
            if (status === 201) expect(key === ADMIN || key === s.admin.key).toBe(true);
          },
        ),
        { numRuns: RUNS.normal },
      );
    },
    TIMEOUT,
  );

  it(
    "GET /v1/keys and DELETE /v1/keys/{id} (GET /v1/keys/{id} does not exist: 405)",
    async () => {
      const s = await seed();
      await fc.assert(
        fc.asyncProperty(
          caller(s),
          fc.constantFrom("GET", "DELETE"),
          someId(s.submitter.id),
          queryString({ cursor: randomCursor, limit: limitValue }),
          async (key, method, id, query) => {
            await send("GET", `/v1/keys?${query}`, { key });
            const { status } = await send(method, `/v1/keys/${pathSegment(id)}`, { key });
            // There is no GET for one key: 405 (401 first for a bad key; 404 where the id leaves the route).
            if (method === "GET") expect([401, 404, 405]).toContain(status);
          },
        ),
        { numRuns: RUNS.normal },
      );
    },
    TIMEOUT,
  );

  it(
    "POST /v1/articles (a URL alone is fetched, refused in tests, and is a clean 422)",
    async () => {
      const s = await seed();
      await fc.assert(
        fc.asyncProperty(caller(s), jsonBody(articleFields), async (key, body) => {
          await send("POST", "/v1/articles", { key, body });
        }),
        { numRuns: RUNS.heavy },
      );
      const urlOnly = await send("POST", "/v1/articles", {
        key: ADMIN,
        body: { url: uniqueUrl("fetch") },
      });
      expect(urlOnly.status).toBe(422);
      expect(problemCode(urlOnly.body)).toBe("url_not_fetchable");
    },
    TIMEOUT,
  );

  it(
    "GET /v1/articles and /v1/articles/{id}",
    async () => {
      const s = await seed();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(null, "ct_bogus", ADMIN),
          queryString({
            cursor: randomCursor,
            limit: limitValue,
            url: fc.oneof(httpUrl, hostileString),
            outlet: hostileString,
          }),
          someId(s.article.id),
          async (key, query, id) => {
            await send("GET", `/v1/articles?${query}`, { key });
            await send("GET", `/v1/articles/${pathSegment(id)}`, { key });
          },
        ),
        { numRuns: RUNS.normal },
      );
    },
    TIMEOUT,
  );

  it(
    "POST /v1/articles/{id}/claims",
    async () => {
      const s = await seed();
      await fc.assert(
        fc.asyncProperty(
          caller(s),
          someId(s.article.id),
          jsonBody(claimFields),
          async (key, id, body) => {
            await send("POST", `/v1/articles/${pathSegment(id)}/claims`, { key, body });
          },
        ),
        { numRuns: RUNS.heavy },
      );
    },
    TIMEOUT,
  );

  it(
    "GET /v1/claims with every query parameter",
    async () => {
      const s = await seed();
      const first = await json<{ next_cursor: string | null }>(
        await call("GET", "/v1/claims?limit=1"),
      );
      const realCursor = first.next_cursor ?? "";
      await fc.assert(
        fc.asyncProperty(
          queryString({
            cursor: fc.oneof(randomCursor, fc.constant(realCursor)),
            limit: limitValue,
            status: fc.constantFrom(
              "unverified",
              "under_review",
              "confirmed",
              "disputed",
              "refuted",
              "UNVERIFIED",
              "x",
            ),
            claimant: fc.oneof(hostileString, fc.constant("Interior ministry")),
            reviewer: hostileString,
            article_id: fc.oneof(fc.constant(s.article.id), randomId),
            q: fc.oneof(
              hostileString,
              fc.constantFrom(
                "raids",
                "NEAR(raids, 2)",
                "raids OR 1=1",
                '"',
                "*",
                "-",
                "^raids",
                "ĐṘ",
                "\u0301",
              ),
            ),
          }),
          async (query) => {
            await send("GET", `/v1/claims?${query}`);
          },
        ),
        { numRuns: RUNS.heavy },
      );
    },
    TIMEOUT,
  );

  it(
    "GET /v1/claims/{id}, /history and /claimreview",
    async () => {
      const s = await seed();
      await fc.assert(
        fc.asyncProperty(
          someId(s.claim.id),
          fc.constantFrom("", "/history", "/claimreview"),
          queryString({ cursor: randomCursor, limit: limitValue }),
          fc.option(headerValue, { nil: undefined }),
          async (id, suffix, query, ifNoneMatch) => {
            const headers: Record<string, string> =
              ifNoneMatch === undefined ? {} : { "If-None-Match": ifNoneMatch };
            const { status } = await send(
              "GET",
              `/v1/claims/${pathSegment(id)}${suffix}?${query}`,
              { headers },
            );
            if (status === 304) expect(ifNoneMatch).toBeDefined();
          },
        ),
        { numRuns: RUNS.normal },
      );
    },
    TIMEOUT,
  );

  it(
    "POST /v1/claims/{id}/status with hostile bodies",
    async () => {
      const s = await seed();
      await fc.assert(
        fc.asyncProperty(
          caller(s),
          someId(s.claim.id),
          jsonBody(statusFields),
          fc.option(headerValue, { nil: undefined }),
          async (key, id, body, ifMatch) => {
            const headers: Record<string, string> =
              ifMatch === undefined ? {} : { "If-Match": ifMatch };
            await send("POST", `/v1/claims/${pathSegment(id)}/status`, { key, body, headers });
          },
        ),
        { numRuns: RUNS.heavy },
      );
    },
    TIMEOUT,
  );

  it(
    "POST /v1/claims/{id}/status honours random If-Match values exactly",
    async () => {
      const s = await seed();
      let version = 1;
      const validChange = fc.oneof(
        fc.record({ status: fc.constantFrom("confirmed", "disputed", "refuted", "unverified") }),
        fc.record({
          status: fc.constant("under_review"),
          reviewer: fc.record({
            name: fc.constantFrom("AFP", "Turkish authorities"),
            country: fc.constantFrom("TR", "fr"),
          }),
        }),
      );
      const ifMatch = fc.oneof(
        headerValue,
        fc.integer({ min: 0, max: 40 }).map((v) => `"v${v}"`),
        fc.integer({ min: 0, max: 40 }).map((v) => `W/"v${v}"`),
        fc.integer({ min: 0, max: 40 }).map((v) => `"x", "v${v}" , W/"v1"`),
        fc.integer({ min: 0, max: 40 }).map((v) => `"v${v}-1a2b3c4d"`),
        fc.integer({ min: 0, max: 40 }).map((v) => `W/"v${v}-1a2b3c4d"`),
        fc.constantFrom("*", " * ", "v1", "'v1'", '"V1"', '"v01"', '"v1" "v2"'),
      );
      await fc.assert(
        fc.asyncProperty(
          validChange,
          fc.option(ifMatch, { nil: undefined }),
          async (body, header) => {
            const headers: Record<string, string> =
              header === undefined ? {} : { "If-Match": header };
            // What the server receives: the Fetch API strips surrounding whitespace.
            const received =
              header === undefined
                ? undefined
                : new Headers({ "If-Match": header }).get("If-Match");
            const current = `"v${version}"`;
            const wellFormed = received != null && ENTITY_TAG_LIST.test(received);
            const matches =
              wellFormed &&
              (received.trim() === "*" ||
                received.split(",").some((tag) => {
                  // The version tag, or any ETag of that version (its match-summary hash after a dash).
                  const t = tag.trim();
                  return t === current || (t.startsWith(`"v${version}-`) && t.endsWith('"'));
                }));
            const {
              status,
              body: answer,
              res,
            } = await send("POST", `/v1/claims/${s.claim.id}/status`, {
              key: ADMIN,
              body,
              headers,
            });
            const expected = received == null ? 428 : !wellFormed ? 400 : matches ? 200 : 412;
            expect(status, `If-Match ${JSON.stringify(header)} against ${current}`).toBe(expected);
            if (status === 200 && (answer as { version: number }).version === version) {
              // The claim already had this status and reviewer: a no-op, no new version.
              expect((answer as { status: string }).status).toBe(body.status);
              return;
            }
            if (status === 200) {
              const claim = answer as { version: number; status: string };
              expect(claim.version).toBe(version + 1);
              expect(claim.status).toBe(body.status);
              expect(res.headers.get("ETag")).toMatch(
                new RegExp(`^"v${claim.version}(?:-[0-9a-f]{8})?"$`),
              );
              version = claim.version;
            } else {
              expect(problemCode(answer)).toBe(
                { 400: "bad_request", 412: "precondition_failed", 428: "precondition_required" }[
                  status
                ],
              );
            }
          },
        ),
        { numRuns: RUNS.heavy },
      );
      const history = await json<{ data: unknown[] }>(
        await call("GET", `/v1/claims/${s.claim.id}/history?limit=100`),
      );
      expect(history.data.length).toBe(Math.min(version, 100));
    },
    TIMEOUT,
  );

  it(
    "GET /embed/claims/{id} and /embed/articles/{id}",
    async () => {
      const s = await seed();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom("claims", "articles"),
          someId(s.claim.id, s.article.id),
          queryString({ theme: fc.constantFrom("light", "dark", "DARK", "", "auto") }),
          async (kind, id, query) => {
            const { status, res } = await send("GET", `/embed/${kind}/${pathSegment(id)}?${query}`);
            if (status === 200)
              expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
          },
        ),
        { numRuns: RUNS.normal },
      );
    },
    TIMEOUT,
  );

  it(
    "GET /oembed with random url, format, maxwidth and maxheight (only format≠json may be 501)",
    async () => {
      const s = await seed();
      const origin = "http://claimtrail.test";
      const embedUrl = fc.oneof(
        fc
          .tuple(
            fc.constantFrom(origin, "https://elsewhere.example", "http://claimtrail.test:8787"),
            fc.constantFrom(
              "/embed/claims/",
              "/embed/articles/",
              "/v1/claims/",
              "/v1/articles/",
              "/embed/",
              "/",
            ),
            fc.oneof(
              fc.constantFrom(s.claim.id, s.article.id),
              randomId.map(pathSegment),
              percentJunk,
              fc.array(percentJunk, { minLength: 1, maxLength: 3 }).map((p) => `x${p.join("")}`),
            ),
            fc.constantFrom("", "/", "?theme=dark", "#x", "/extra"),
          )
          .map(([o, prefix, id, tail]) => `${o}${prefix}${id}${tail}`),
        hostileString,
        hugeString,
        fc.webUrl(),
      );
      await fc.assert(
        fc.asyncProperty(
          embedUrl,
          fc.oneof(
            { arbitrary: fc.constantFrom(undefined, "json"), weight: 3 },
            { arbitrary: fc.oneof(fc.constantFrom("xml", "JSON", ""), hostileString), weight: 1 },
          ),
          fc.option(limitValue, { nil: undefined, freq: 2 }),
          fc.option(limitValue, { nil: undefined, freq: 2 }),
          async (url, format, maxwidth, maxheight) => {
            const params = new URLSearchParams({ url });
            if (format !== undefined) params.set("format", format);
            if (maxwidth !== undefined) params.set("maxwidth", maxwidth);
            if (maxheight !== undefined) params.set("maxheight", maxheight);
            const otherFormat = format !== undefined && format !== "json";
            const { status, body } = await send("GET", `/oembed?${params}`, {
              allow5xx: otherFormat ? [501] : [],
            });
            if (status === 501) expect(problemCode(body)).toBe("not_implemented");
            if (status === 200) {
              const embed = body as { width: number; height: number; html: string };
              expect(embed.width).toBeLessThanOrEqual(480);
              expect(embed.html.startsWith("<iframe ")).toBe(true);
            }
          },
        ),
        // The first example is a known counterexample: decodeURIComponent throws on its id.
        {
          numRuns: RUNS.heavy,
          examples: [[`${origin}/embed/claims/%E0%A4%A`, undefined, undefined, undefined]],
        },
      );
    },
    TIMEOUT,
  );

  it(
    "GET /widget.js, /openapi.json, /docs, / and /problems/{code} with random queries",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom("/widget.js", "/openapi.json", "/docs", "/", "/problems/"),
          fc.oneof(
            fc.constantFrom("not_found", "internal", "constructor", "__proto__", "toString"),
            randomId.map(pathSegment),
            percentJunk,
          ),
          queryString({ v: hostileString }),
          async (path, code, query) => {
            await send("GET", `${path}${path === "/problems/" ? code : ""}?${query}`);
          },
        ),
        { numRuns: RUNS.light },
      );
    },
    TIMEOUT,
  );
});

describe("fuzz: random paths, methods and headers", () => {
  watchErrorLog();

  const segment = fc.oneof(
    fc.constantFrom(
      "v1",
      "keys",
      "articles",
      "claims",
      "status",
      "history",
      "claimreview",
      "embed",
      "oembed",
      "widget.js",
      "openapi.json",
      "docs",
      "problems",
      "v1alpha1",
      "claims:search",
      "..",
      ".",
      "",
      "%2e%2e",
      "clm_x",
      "art_x",
    ),
    hostileString.map(pathSegment),
    percentJunk,
  );
  // Every method workerd's Request accepts (it refuses other tokens before the Worker sees them).
  const method = fc.constantFrom(
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "PATCH",
    "DELETE",
    "OPTIONS",
    "get",
    "post",
    "PURGE",
    "COPY",
    "LOCK",
    "MKCOL",
    "MOVE",
    "PROPFIND",
    "PROPPATCH",
    "SEARCH",
    "UNLOCK",
    "ACL",
    "REPORT",
    "MKACTIVITY",
    "CHECKOUT",
    "MERGE",
    "NOTIFY",
    "SUBSCRIBE",
    "UNSUBSCRIBE",
    "QUERY",
  );

  it(
    "never a 5xx on any path with any method",
    async () => {
      const s = await seed();
      await fc.assert(
        fc.asyncProperty(
          method,
          fc.array(segment, { minLength: 1, maxLength: 5 }),
          fc.boolean(),
          fc.option(jsonValue, { nil: undefined }),
          caller(s),
          async (verb, segments, trailingSlash, body, key) => {
            const path = `/${segments.join("/")}${trailingSlash ? "/" : ""}`;
            const bodiless = ["GET", "HEAD"].includes(verb.toUpperCase());
            await send(verb, path, { key, body: bodiless ? undefined : body });
          },
        ),
        { numRuns: RUNS.heavy },
      );
    },
    TIMEOUT,
  );

  it(
    "a random Authorization header is a 401 on every route, unless it names a live key",
    async () => {
      const s = await seed();
      const authorization = fc.oneof(
        headerValue,
        fc.constantFrom(
          `Bearer ${ADMIN}`,
          `bearer ${ADMIN}`,
          `BEARER\t${ADMIN}`,
          `Bearer  ${ADMIN}  `,
          `Bearer ${ADMIN}x`,
          `Bearer ${ADMIN} x`,
          `Token ${ADMIN}`,
          ADMIN,
          `Bearer ${s.submitter.key}`,
          `Bearer ${s.submitter.key.toUpperCase()}`,
          "Bearer ct_",
          "Bearer 'OR'1'='1",
        ),
      );
      const routes = [
        "GET /v1/claims",
        `GET /v1/claims/${s.claim.id}`,
        `GET /v1/claims/${s.claim.id}/history`,
        `GET /v1/articles/${s.article.id}`,
        "GET /v1/articles",
        `GET /embed/claims/${s.claim.id}`,
        "GET /v1/keys",
        "POST /v1/keys",
        "POST /v1/articles",
        `POST /v1/articles/${s.article.id}/claims`,
        `POST /v1/claims/${s.claim.id}/status`,
        `DELETE /v1/keys/key_missing`,
      ];
      const live = new Set([ADMIN, s.submitter.key]);
      await fc.assert(
        fc.asyncProperty(authorization, fc.constantFrom(...routes), async (value, route) => {
          const [verb = "GET", path = "/"] = route.split(" ");
          const received = new Headers({ Authorization: value }).get("Authorization") ?? "";
          const token = /^Bearer\s+(\S+)\s*$/i.exec(received)?.[1];
          const body = verb === "POST" ? {} : undefined;
          const { status } = await send(verb, path, { headers: { Authorization: value }, body });
          if (token === undefined || !live.has(token))
            expect(status, `Authorization: ${JSON.stringify(value)}`).toBe(401);
          else expect(status).not.toBe(401);
        }),
        { numRuns: RUNS.normal },
      );
    },
    TIMEOUT,
  );

  it(
    "Idempotency-Key: invalid keys are a 400, a reuse replays, a reuse with another body is a 422",
    async () => {
      const used = new Set<string>();
      let n = 0;
      const idempotencyKey = fc.oneof(
        headerValue,
        fc.stringMatching(/^[\x21-\x7e]{1,12}$/),
        fc.constantFrom("a", "a ", " a", "x".repeat(255), "x".repeat(256)),
      );
      await fc.assert(
        fc.asyncProperty(idempotencyKey, async (value) => {
          n += 1;
          const received = new Headers({ "Idempotency-Key": value }).get("Idempotency-Key") ?? "";
          const body = { name: `idem ${n}`, role: "submitter" };
          const headers = { "Idempotency-Key": value };
          const first = await send("POST", "/v1/keys", { key: ADMIN, body, headers });
          if (!/^[\x21-\x7e]{1,255}$/.test(received)) {
            expect(first.status).toBe(400);
            expect((first.body as { errors: { field: string }[] }).errors[0]?.field).toBe(
              "Idempotency-Key",
            );
            return;
          }
          if (used.has(received)) {
            expect(first.status).toBe(422);
            expect(problemCode(first.body)).toBe("idempotency_mismatch");
            return;
          }
          used.add(received);
          expect(first.status).toBe(201);
          const again = await send("POST", "/v1/keys", { key: ADMIN, body, headers });
          expect(again.status).toBe(201);
          expect(again.res.headers.get("Idempotent-Replayed")).toBe("true");
          expect(again.text).toBe(first.text);
          const other = await send("POST", "/v1/keys", {
            key: ADMIN,
            body: { ...body, role: "admin" },
            headers,
          });
          expect(other.status).toBe(422);
        }),
        { numRuns: RUNS.normal },
      );
    },
    TIMEOUT,
  );

  it(
    "X-Request-Id is echoed when safe and replaced otherwise",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          headerValue,
          fc.constantFrom("/v1/claims", "/v1/nothing", "/oembed"),
          async (value, path) => {
            const received = new Headers({ "X-Request-Id": value }).get("X-Request-Id") ?? "";
            const { res } = await send("GET", path, { headers: { "X-Request-Id": value } });
            const id = res.headers.get("X-Request-Id");
            if (/^[A-Za-z0-9._:-]{1,128}$/.test(received)) expect(id).toBe(received);
            else
              expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
          },
        ),
        { numRuns: RUNS.light },
      );
    },
    TIMEOUT,
  );

  it(
    "Content-Type: a valid body is either read as JSON or refused with 415, never anything else",
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(contentType, async (type) => {
          n += 1;
          const raw = JSON.stringify({ name: `content type ${n}`, role: "submitter" });
          const { status, body } = await send("POST", "/v1/keys", {
            key: ADMIN,
            raw,
            headers: { "Content-Type": type },
          });
          expect(
            [201, 415],
            `Content-Type: ${JSON.stringify(type)} → ${status} ${JSON.stringify(body)}`,
          ).toContain(status);
        }),
        // A known counterexample first: a JSON type the gate lets through and the validator refuses.
        { numRuns: RUNS.normal, examples: [["application/json ; charset=utf-8"]] },
      );
    },
    TIMEOUT,
  );
});
