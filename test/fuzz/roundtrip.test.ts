import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADMIN, type ClaimJson, uniqueUrl } from "../helpers";
import { hostileString, nonBlankString, RUNS } from "./arbitraries";
import { request, send, watchErrorLog } from "./checks";

/**
 * Property 4: what a client stores comes back byte for byte. Fields the schema
 * trims (every one but the article body) come back as `value.trim()`; nothing
 * else may change: not NUL or other control characters, not emoji, combining
 * marks, RTL or bidi controls, not SQL or HTML.
 */

const TIMEOUT = 60_000;

interface Claimant {
  name: string;
  description: string | null;
}
interface FullClaim extends ClaimJson {
  quote: string | null;
  verb: string | null;
}
interface Article {
  id: string;
  title: string;
  body: string;
  outlet: string | null;
  author: string | null;
  claims: FullClaim[];
}

async function getJson<T>(path: string): Promise<T> {
  const res = await request("GET", path);
  const text = await res.text();
  expect(res.status, `GET ${path} → ${text.slice(0, 300)}`).toBe(200);
  return JSON.parse(text) as T;
}

/** Where a claim's text sits in the body: the first occurrence, or null. */
function expectSpan(
  body: string,
  claim: { text: string; span: { start: number; end: number } | null },
) {
  const start = body.indexOf(claim.text);
  if (start < 0) {
    expect(claim.span).toBeNull();
    return;
  }
  expect(claim.span).toEqual({ start, end: start + claim.text.length });
  expect(body.slice(claim.span?.start, claim.span?.end)).toBe(claim.text);
}

/** Every page of a list, following next_cursor; fails on a repeated item. */
async function walk<T extends { id: string }>(path: string, limit: number): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const sep = path.includes("?") ? "&" : "?";
    const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page: { data: T[]; next_cursor: string | null } = await getJson(url);
    items.push(...page.data);
    cursor = page.next_cursor;
    if (!cursor) break;
  }
  const ids = items.map((item) => item.id);
  expect(new Set(ids).size, `duplicates walking ${path}`).toBe(ids.length);
  return items;
}

const claimantInput = fc.oneof(
  nonBlankString(200),
  fc.record({
    name: nonBlankString(200),
    description: fc.option(hostileString, { nil: undefined }),
  }),
);

function expectedClaimant(
  input: string | { name: string; description?: string | undefined },
): Claimant {
  if (typeof input === "string") return { name: input.trim(), description: null };
  return {
    name: input.name.trim(),
    description: input.description === undefined ? null : input.description.trim(),
  };
}

describe("fuzz: stored text comes back byte for byte", () => {
  watchErrorLog();

  it(
    "key names (POST /v1/keys, GET /v1/keys)",
    async () => {
      await fc.assert(
        fc.asyncProperty(nonBlankString(100), async (name) => {
          const { status, body } = await send("POST", "/v1/keys", {
            key: ADMIN,
            body: { name, role: "submitter" },
          });
          expect(status, JSON.stringify(name)).toBe(201);
          const created = body as { id: string; name: string };
          expect(created.name).toBe(name.trim());
          const listed = (await request("GET", "/v1/keys?limit=100", { key: ADMIN }).then((r) =>
            r.json(),
          )) as {
            data: { id: string; name: string }[];
          };
          expect(listed.data.find((k) => k.id === created.id)?.name).toBe(name.trim());
        }),
        { numRuns: RUNS.normal },
      );
    },
    TIMEOUT,
  );

  it(
    "articles and their claims: title, body, outlet, author, claim text, claimant, quote, verb; spans exact",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            title: nonBlankString(500),
            before: hostileString,
            after: hostileString,
            outlet: nonBlankString(200),
            author: nonBlankString(200),
            text: nonBlankString(300),
            other: nonBlankString(300),
            claimant: claimantInput,
            quote: nonBlankString(500),
            verb: nonBlankString(100),
          }),
          async (input) => {
            const text = input.text.trim();
            const body = `${input.before}${text}${input.after}`;
            const payload = {
              url: uniqueUrl("roundtrip"),
              title: input.title,
              body,
              outlet: input.outlet,
              author: input.author,
              extract: false,
              claims: [
                {
                  text: input.text,
                  claimant: input.claimant,
                  quote: input.quote,
                  verb: input.verb,
                },
                { text: input.other },
              ],
            };
            const created = await send("POST", "/v1/articles", { key: ADMIN, body: payload });
            expect(created.status, created.text.slice(0, 300)).toBe(201);
            const fetched = await getJson<Article>(`/v1/articles/${(created.body as Article).id}`);
            for (const article of [created.body as Article, fetched]) {
              expect(article.title).toBe(input.title.trim());
              expect(article.body).toBe(body);
              expect(article.outlet).toBe(input.outlet.trim());
              expect(article.author).toBe(input.author.trim());
              const first = article.claims.find((c) => c.text === text);
              expect(first, "the first claim, by its trimmed text").toBeDefined();
              expect(first?.claimant).toEqual(expectedClaimant(input.claimant));
              expect(first?.quote).toBe(input.quote.trim());
              expect(first?.verb).toBe(input.verb.trim());
              expect(article.claims.map((c) => c.text).sort()).toEqual(
                [...new Set([text, input.other.trim()])].sort(),
              );
              for (const claim of article.claims) expectSpan(body, claim);
            }
            for (const claim of fetched.claims) {
              const one = await getJson<FullClaim>(`/v1/claims/${claim.id}`);
              expect(one).toEqual(claim);
            }
          },
        ),
        { numRuns: RUNS.normal },
      );
    },
    TIMEOUT,
  );

  it(
    "POST /v1/articles/{id}/claims: any text found anywhere in the body gets an exact span",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          hostileString,
          nonBlankString(500),
          hostileString,
          claimantInput,
          async (before, rawText, after, claimant) => {
            const text = rawText.trim();
            const body = `${before}${text}${after}`;
            const article = await send("POST", "/v1/articles", {
              key: ADMIN,
              body: { url: uniqueUrl("span"), title: "Spans", body, extract: false },
            });
            expect(article.status).toBe(201);
            const { id } = article.body as Article;
            const added = await send("POST", `/v1/articles/${id}/claims`, {
              key: ADMIN,
              body: { text: rawText, claimant },
            });
            expect(added.status, added.text.slice(0, 300)).toBe(201);
            const claim = added.body as FullClaim;
            expect(claim.text).toBe(text);
            expect(claim.claimant).toEqual(expectedClaimant(claimant));
            expectSpan(body, claim);
            expect(claim.span).not.toBeNull();
            expect(await getJson<FullClaim>(`/v1/claims/${claim.id}`)).toEqual(claim);
            // The claimant filter finds it by the name exactly as stored.
            const byClaimant = await walk<FullClaim>(
              `/v1/claims?article_id=${id}&claimant=${encodeURIComponent(expectedClaimant(claimant).name)}`,
              100,
            );
            expect(byClaimant.map((c) => c.id)).toEqual([claim.id]);
          },
        ),
        { numRuns: RUNS.normal },
      );
    },
    TIMEOUT,
  );

  it(
    "status notes and reviewer names (POST /v1/claims/{id}/status, GET /history)",
    async () => {
      const article = await send("POST", "/v1/articles", {
        key: ADMIN,
        body: {
          url: uniqueUrl("notes"),
          title: "Notes",
          body: "Something was claimed.",
          extract: false,
          claims: [{ text: "Something was claimed" }],
        },
      });
      const claim = (article.body as Article).claims[0] as FullClaim;
      let version = claim.version;
      await fc.assert(
        fc.asyncProperty(
          nonBlankString(200),
          fc.oneof(hostileString, nonBlankString(5000)),
          async (reviewer, note) => {
            const changed = await send("POST", `/v1/claims/${claim.id}/status`, {
              key: ADMIN,
              body: { status: "under_review", reviewer: { name: reviewer }, note },
              headers: { "If-Match": `"v${version}"` },
            });
            expect(changed.status, changed.text.slice(0, 300)).toBe(200);
            const now = changed.body as FullClaim;
            version = now.version;
            expect(now.reviewer).toEqual({ name: reviewer.trim(), country: null });
            expect(now.status_label).toBe(`Under review by ${reviewer.trim()}`);
            const history = await walk<{
              id: string;
              note: string | null;
              reviewer: unknown;
              version: number;
            }>(`/v1/claims/${claim.id}/history`, 100);
            const last = history.at(-1);
            expect(last?.version).toBe(version);
            expect(last?.note).toBe(note.trim());
            expect(last?.reviewer).toEqual({ name: reviewer.trim(), country: null });
            expect(await getJson<FullClaim>(`/v1/claims/${claim.id}`)).toEqual(now);
          },
        ),
        { numRuns: RUNS.light },
      );
    },
    TIMEOUT,
  );

  it(
    "pagination walks every claim of an article once, for any page size, also under q",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(nonBlankString(100), {
            minLength: 1,
            maxLength: 9,
            selector: (s) => s.trim(),
          }),
          fc.integer({ min: 1, max: 4 }),
          async (texts, limit) => {
            const token = `tok${crypto.randomUUID().replaceAll("-", "")}`;
            const created = await send("POST", "/v1/articles", {
              key: ADMIN,
              body: {
                url: uniqueUrl("pages"),
                title: "Pages",
                body: texts.join(" "),
                extract: false,
                claims: texts.map((text) => ({ text: `${text} ${token} ` })),
              },
            });
            expect(created.status, created.text.slice(0, 300)).toBe(201);
            const article = created.body as Article;
            const ids = article.claims.map((c) => c.id).sort();
            expect(ids.length).toBe(texts.length);
            const byArticle = await walk<FullClaim>(`/v1/claims?article_id=${article.id}`, limit);
            expect(byArticle.map((c) => c.id)).toEqual([...ids].reverse());
            const bySearch = await walk<FullClaim>(`/v1/claims?q=${token}`, limit);
            expect(bySearch.map((c) => c.id).sort()).toEqual(ids);
          },
        ),
        { numRuns: RUNS.light },
      );
    },
    TIMEOUT,
  );

  it(
    "embed pages and oEmbed never reflect stored HTML raw",
    async () => {
      const payload = fc.constantFrom(
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "</title><svg onload=alert(1)>",
        "<!--",
        "</script>",
      );
      await fc.assert(
        fc.asyncProperty(payload, hostileString, payload, async (html, noise, other) => {
          const title = `${noise}${other}`.trim() || other;
          const text = `${html}${noise}`.trim();
          const created = await send("POST", "/v1/articles", {
            key: ADMIN,
            body: {
              url: uniqueUrl("embed"),
              title,
              body: text,
              extract: false,
              claims: [{ text, claimant: { name: other, description: html } }],
            },
          });
          expect(created.status, created.text.slice(0, 300)).toBe(201);
          const article = created.body as Article;
          const claim = article.claims[0] as FullClaim;
          const stored = [title.trim(), text, other, html].filter((value) => value.includes("<"));
          for (const path of [
            `/embed/claims/${claim.id}`,
            `/embed/articles/${article.id}`,
            `/embed/claims/${claim.id}?theme=dark`,
          ]) {
            const page = await request("GET", path).then((r) => r.text());
            for (const value of stored)
              expect(page.includes(value), `${path} reflects ${JSON.stringify(value)}`).toBe(false);
          }
          for (const kind of ["claims", "articles"]) {
            const target = kind === "claims" ? claim.id : article.id;
            const embed = await getJson<{ html: string; title: string }>(
              `/oembed?format=json&url=${encodeURIComponent(`http://claimtrail.test/embed/${kind}/${target}`)}`,
            );
            const attribute = /title="([^"]*)"/.exec(embed.html)?.[1] ?? "";
            expect(attribute.includes("<")).toBe(false);
            expect(embed.html.match(/<iframe /g)?.length).toBe(1);
          }
        }),
        { numRuns: RUNS.light },
      );
    },
    TIMEOUT,
  );
});
