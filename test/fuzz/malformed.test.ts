import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADMIN, seedArticle, uniqueUrl } from "../helpers";
import { invalidUtf8Bytes, loneSurrogateString, RUNS, rawBody } from "./arbitraries";
import { forgetSnapshot, problemCode, send, watchErrorLog } from "./checks";

const TIMEOUT = 60_000;
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Data one test owns: an article and its first claim. */
async function seed() {
  const article = await seedArticle(ADMIN);
  forgetSnapshot();
  const claim = article.claims[0];
  if (!claim) throw new Error("seeded article has no claim");
  return { article, claim };
}
type Seed = Awaited<ReturnType<typeof seed>>;

/**
 * Valid requests for every write, each with the text fields a client fills in
 * (as paths into the body): the places where a bad string must be refused.
 */
function writes(s: Seed) {
  return [
    { path: "/v1/keys", body: () => ({ name: "fuzz key", role: "submitter" }), fields: ["name"] },
    {
      path: "/v1/articles",
      body: () => ({
        url: uniqueUrl("fuzz-bytes"),
        title: "A title",
        body: "The body of the article, with a claim in it.",
        outlet: "Outlet",
        author: "Author",
        extract: false,
        claims: [
          {
            text: "a claim in it",
            claimant: { name: "Someone", description: "a source" },
            quote: "A quote",
            verb: "said",
          },
        ],
      }),
      fields: [
        "title",
        "body",
        "outlet",
        "author",
        "claims.0.text",
        "claims.0.claimant.name",
        "claims.0.claimant.description",
        "claims.0.quote",
        "claims.0.verb",
      ],
    },
    {
      path: `/v1/articles/${s.article.id}/claims`,
      body: () => ({
        text: `another claim ${crypto.randomUUID()}`,
        claimant: "Someone",
        quote: "A quote",
        verb: "said",
      }),
      fields: ["text", "claimant", "quote", "verb"],
    },
    {
      path: `/v1/claims/${s.claim.id}/status`,
      body: () => ({ status: "under_review", reviewer: { name: "A reviewer" }, note: "A note" }),
      fields: ["reviewer.name", "note"],
    },
  ];
}

/** Puts `value` at a dotted path ("claims.0.text") of a JSON object. */
function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1) as string] = value;
}

/** Every (write, text field) pair, printed readably in counterexamples. */
function fieldsOf(s: Seed) {
  return writes(s).flatMap((write) =>
    write.fields.map((field) => ({
      write,
      field,
      [fc.toStringMethod]: () => `POST ${write.path} ${field}`,
    })),
  );
}

const JSON_TYPE = { "Content-Type": "application/json" };
const MARK = "\u0001MARK\u0001";

describe("fuzz: malformed bodies", () => {
  watchErrorLog();

  it(
    "raw bytes (truncated JSON, junk, invalid UTF-8, deep nesting) on every write",
    async () => {
      const s = await seed();
      const targets = writes(s).map((w) => w.path);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...targets),
          rawBody,
          fc.constantFrom("application/json", "application/json; charset=utf-8"),
          async (path, raw, type) => {
            await send("POST", path, { key: ADMIN, raw, headers: { "Content-Type": type } });
          },
        ),
        { numRuns: RUNS.heavy },
      );
    },
    TIMEOUT,
  );

  it(
    "a body that is not UTF-8 is refused and stores nothing, whichever text field holds the bad bytes",
    async () => {
      const s = await seed();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...fieldsOf(s)),
          invalidUtf8Bytes,
          async ({ write, field }, bad) => {
            const body = write.body();
            setAt(body, field, `ok${MARK}ok`);
            const text = JSON.stringify(body);
            const [head = "", tail = ""] = text.split(JSON.stringify(MARK).slice(1, -1));
            const encoder = new TextEncoder();
            const raw = Uint8Array.from([...encoder.encode(head), ...bad, ...encoder.encode(tail)]);
            const { status, body: problem } = await send("POST", write.path, {
              key: ADMIN,
              raw,
              headers: JSON_TYPE,
            });
            expect(
              status,
              `${write.path} ${field} with bytes ${bad.map((b) => b.toString(16))}`,
            ).toBe(400);
            expect(problemCode(problem)).toBe("malformed_json");
          },
        ),
        { numRuns: RUNS.light },
      );
    },
    TIMEOUT,
  );

  it(
    "a lone surrogate (valid JSON escape, not Unicode text) is refused and stores nothing",
    async () => {
      const s = await seed();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...fieldsOf(s)),
          loneSurrogateString,
          async ({ write, field }, value) => {
            const body = write.body();
            setAt(body, field, value);
            // JSON.stringify writes a lone surrogate as a \\udXXX escape: well-formed JSON text.
            const { status } = await send("POST", write.path, {
              key: ADMIN,
              raw: JSON.stringify(body),
              headers: JSON_TYPE,
            });
            expect([400, 422], `${write.path} ${field} = ${JSON.stringify(value)}`).toContain(
              status,
            );
          },
        ),
        { numRuns: RUNS.light },
      );
    },
    TIMEOUT,
  );

  it(
    "bodies around the 2 MiB limit: over it is a 413, under it is read",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: -64, max: 64 }),
          fc.constantFrom("a", "\u00e9", "\u4e2d"),
          async (delta, unit) => {
            const envelope = '{"name":"","role":"admin"}';
            const target = MAX_BODY_BYTES + delta - envelope.length;
            const unitBytes = new TextEncoder().encode(unit).length;
            const name =
              unit.repeat(Math.floor(target / unitBytes)) + "a".repeat(target % unitBytes);
            const raw = `{"name":"${name}","role":"admin"}`;
            const size = new TextEncoder().encode(raw).length;
            const { status, body } = await send("POST", "/v1/keys", {
              key: ADMIN,
              raw,
              headers: JSON_TYPE,
            });
            if (size > MAX_BODY_BYTES) {
              expect(status, `${size} bytes`).toBe(413);
              expect(problemCode(body)).toBe("payload_too_large");
            } else {
              expect(status, `${size} bytes`).toBe(422);
            }
          },
        ),
        { numRuns: 12 },
      );
    },
    TIMEOUT,
  );
});
