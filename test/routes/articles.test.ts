import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  ADMIN,
  ARTICLE_BODY,
  type ArticleJson,
  type ClaimJson,
  call,
  createKey,
  json,
  seedArticle,
  snapshot,
  uniqueUrl,
} from "../helpers";

const MAX_BODY_BYTES = 2 * 1024 * 1024;

function articleInput(overrides: Record<string, unknown> = {}) {
  return {
    url: uniqueUrl(),
    title: "Raids detain 1,240",
    body: ARTICLE_BODY,
    extract: false,
    claims: [
      {
        text: "1,240 people were detained in raids across 12 provinces",
        claimant: "Interior ministry",
      },
    ],
    ...overrides,
  };
}

describe("POST /v1/articles", () => {
  it("stores the article with its claims and answers 201 with Location", async () => {
    const { key } = await createKey("submitter");
    const input = articleInput({
      outlet: "Wire",
      author: "A. Reporter",
      published_at: "2026-11-20T09:30:00Z",
      language: "en",
    });
    const res = await call("POST", "/v1/articles", { key, body: input });
    expect(res.status).toBe(201);
    const article = await json<ArticleJson & Record<string, unknown>>(res);
    expect(res.headers.get("Location")).toBe(`/v1/articles/${article.id}`);
    expect(article).toMatchObject({
      url: input.url,
      title: input.title,
      body: ARTICLE_BODY,
      outlet: "Wire",
      language: "en",
    });
    expect(article.claims).toHaveLength(1);
    const claim = article.claims[0] as ClaimJson & Record<string, unknown>;
    expect(claim).toMatchObject({
      article_id: article.id,
      status: "unverified",
      status_label: "Unverified",
      version: 1,
      origin: "submitted",
      claimant: { name: "Interior ministry", description: null },
      reviewer: null,
    });
    // span offsets point at the claim text in the stored body
    expect(claim.span).not.toBeNull();
    expect(ARTICLE_BODY.slice(claim.span?.start, claim.span?.end)).toBe(claim.text);
    // and GET returns the same shape
    const fetched = await json<ArticleJson>(await call("GET", `/v1/articles/${article.id}`));
    expect(fetched).toEqual(article);
  });

  it("keeps claim offsets exact in UTF-16 code units for non-ASCII text", async () => {
    const body = "İstanbul — “Bakan Şahin 😀 açıkladı”: 3 milyon kişi etkilendi, dedi Ayşe Yılmaz.";
    const article = await seedArticle(ADMIN, {
      body,
      claims: [{ text: "3 milyon kişi etkilendi" }],
    });
    const claim = article.claims[0];
    expect(claim?.span).not.toBeNull();
    expect(body.slice(claim?.span?.start, claim?.span?.end)).toBe("3 milyon kişi etkilendi");
  });

  it("answers 200 with the existing article for the same canonical URL and adds nothing", async () => {
    const url = uniqueUrl("dup");
    const first = await call("POST", "/v1/articles", { key: ADMIN, body: articleInput({ url }) });
    expect(first.status).toBe(201);
    const created = await json<ArticleJson>(first);
    const before = await snapshot();
    const again = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: articleInput({
        url: `${url.replace("https://news.example.com", "HTTPS://NEWS.example.com")}/?utm_source=x#frag`,
        claims: [{ text: "a different claim entirely" }],
      }),
    });
    expect(again.status).toBe(200);
    expect((await json<ArticleJson>(again)).id).toBe(created.id);
    expect(await snapshot()).toBe(before);
  });

  it("adds no match or match-index row when a stored URL is submitted again with its text", async () => {
    const claim = "The reservoir authority fixed 412 leaks in the eastern district since January";
    const seedInput = (url: string) =>
      articleInput({
        url,
        title: "Leaks fixed",
        body: `Officials said: ${claim}.`,
        claims: [{ text: claim }],
      });
    expect(
      (await call("POST", "/v1/articles", { key: ADMIN, body: seedInput(uniqueUrl("m1")) })).status,
    ).toBe(201);
    const url = uniqueUrl("m2");
    const first = await call("POST", "/v1/articles", { key: ADMIN, body: seedInput(url) });
    expect(first.status).toBe(201);
    const created = await json<ArticleJson & { claims: { match_count: number }[] }>(first);
    // The second article's claim matched the first's: matching runs on the way in.
    expect(created.claims[0]?.match_count).toBe(1);
    const rows = () =>
      env.DB.prepare(
        "SELECT (SELECT count(*) FROM claim_matches) AS matches, (SELECT count(*) FROM claim_match_fts) AS indexed, (SELECT count(*) FROM claim_suggestions) AS suggestions",
      ).first();
    const before = { snapshot: await snapshot(), rows: await rows() };
    const again = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: { ...seedInput(url), claims: [{ text: claim }, { text: `${claim}, officials said` }] },
    });
    expect(again.status).toBe(200);
    const answered = await json<ArticleJson & { claims: { match_count: number }[] }>(again);
    expect(answered).toEqual(created);
    expect({ snapshot: await snapshot(), rows: await rows() }).toEqual(before);
  });

  it("stores one article and one set of claims when ten identical submissions race", async () => {
    const input = articleInput({ url: uniqueUrl("race") });
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => call("POST", "/v1/articles", { key: ADMIN, body: input })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    const bodies = await Promise.all(responses.map((r) => json<ArticleJson>(r)));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    const id = bodies[0]?.id;
    const counts = await env.DB.prepare(
      "SELECT (SELECT count(*) FROM articles WHERE canonical_url = ?) AS articles, (SELECT count(*) FROM claims WHERE article_id = ?) AS claims, (SELECT count(*) FROM claim_events e JOIN claims c ON c.id = e.claim_id WHERE c.article_id = ?) AS events",
    )
      .bind(input.url, id, id)
      .first();
    expect(counts).toEqual({ articles: 1, claims: 1, events: 1 });
  });

  it("records a creation event for every claim", async () => {
    const article = await seedArticle(ADMIN);
    for (const claim of article.claims) {
      const history = await json<{ data: Record<string, unknown>[] }>(
        await call("GET", `/v1/claims/${claim.id}/history`),
      );
      expect(history.data).toEqual([
        expect.objectContaining({
          from_status: null,
          to_status: "unverified",
          actor: "ADMIN_TOKEN",
          version: 1,
        }),
      ]);
    }
  });

  it("stores a statement one speaker repeats once, and the same words from two speakers twice", async () => {
    const body = [
      "“The ferry will run all winter,” said Mayor Lena Ortiz.",
      "Harbour workers doubted it at a meeting on Monday.",
      "“The ferry will run all winter,” Ms. Ortiz said again on Tuesday.",
      "“The ferry will run all winter,” said Tom Rask, the operator's spokesman.",
    ].join("\n\n");
    const article = await seedArticle(ADMIN, {
      title: "Winter ferry plans",
      body,
      extract: true,
      claims: [],
    });
    const ferry = article.claims.filter((c) => c.text.startsWith("The ferry will run all winter"));
    expect(ferry.map((c) => [c.claimant?.name, c.span?.start])).toEqual([
      ["Lena Ortiz", body.indexOf("The ferry")],
      ["Tom Rask", body.lastIndexOf("The ferry")],
    ]);
  });

  it("drops duplicate client claims", async () => {
    const article = await seedArticle(ADMIN, {
      claims: [{ text: "same words" }, { text: "same words" }],
    });
    expect(article.claims).toHaveLength(1);
  });

  it.each([
    ["missing url and title", { body: "x" }, ["title", "url"]],
    ["an ftp URL", { url: "ftp://example.com/a", title: "t", body: "x" }, ["url"]],
    ["a relative URL", { url: "/a/b", title: "t", body: "x" }, ["url"]],
    ["an empty title", { url: "https://e.example/a", title: "  ", body: "x" }, ["title"]],
    [
      "a bad published_at",
      { url: "https://e.example/a", title: "t", body: "x", published_at: "yesterday" },
      ["published_at"],
    ],
    [
      "a bad language",
      { url: "https://e.example/a", title: "t", body: "x", language: "english!" },
      ["language"],
    ],
    [
      "an unknown field",
      { url: "https://e.example/a", title: "t", body: "x", titel: "typo" },
      ["(root)"],
    ],
    [
      "a claim without text",
      { url: "https://e.example/a", title: "t", body: "x", claims: [{ claimant: "X" }] },
      ["claims.0.text"],
    ],
    [
      "extract of the wrong type",
      { url: "https://e.example/a", title: "t", body: "x", extract: "yes" },
      ["extract"],
    ],
    [
      "too many claims",
      {
        url: "https://e.example/a",
        title: "t",
        body: "x",
        claims: Array.from({ length: 201 }, (_, i) => ({ text: `c${i}` })),
      },
      ["claims"],
    ],
  ])("rejects %s with 422 naming the fields, and stores nothing", async (_, body, fields) => {
    const before = await snapshot();
    const res = await call("POST", "/v1/articles", { key: ADMIN, body });
    expect(res.status).toBe(422);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    const problem = await json<{
      type: string;
      title: string;
      status: number;
      detail: string;
      errors: { field: string }[];
    }>(res);
    expect(problem).toMatchObject({ status: 422, title: "Validation failed" });
    expect(problem.type).toMatch(/\/problems\/validation_failed$/);
    expect([...new Set(problem.errors.map((e) => e.field))].sort()).toEqual(fields);
    expect(await snapshot()).toBe(before);
  });

  it("answers 400 to malformed JSON", async () => {
    const before = await snapshot();
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      raw: '{"url": "https://e.example/a", "title": ',
      headers: { "Content-Type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect((await json<{ title: string }>(res)).title).toBe("Malformed JSON");
    expect(await snapshot()).toBe(before);
  });

  it("answers 415 to a body that is not JSON", async () => {
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      raw: "url=x",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(415);
  });

  it("answers 413 to a body over the limit", async () => {
    const before = await snapshot();
    const huge = JSON.stringify(articleInput({ body: "a".repeat(MAX_BODY_BYTES + 10) }));
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      raw: huge,
      headers: { "Content-Type": "application/json" },
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await snapshot()).toBe(before);
  });
});

describe("Idempotency-Key", () => {
  it("replays the first response for a retry and stores one article", async () => {
    const { key } = await createKey("submitter");
    const input = articleInput();
    const headers = { "Idempotency-Key": crypto.randomUUID() };
    const first = await call("POST", "/v1/articles", { key, body: input, headers });
    const firstBody = await first.text();
    const second = await call("POST", "/v1/articles", { key, body: input, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(second.headers.get("Location")).toBe(first.headers.get("Location"));
    expect(await second.text()).toBe(firstBody);
  });

  it("rejects the same key with a different request (422) and changes nothing", async () => {
    const headers = { "Idempotency-Key": crypto.randomUUID() };
    expect(
      (await call("POST", "/v1/articles", { key: ADMIN, body: articleInput(), headers })).status,
    ).toBe(201);
    const before = await snapshot();
    const res = await call("POST", "/v1/articles", { key: ADMIN, body: articleInput(), headers });
    expect(res.status).toBe(422);
    expect((await json<{ title: string }>(res)).title).toBe("Idempotency-Key reused");
    expect(await snapshot()).toBe(before);
  });

  it("keeps nothing for a failed request, so the same key can be retried", async () => {
    const headers = { "Idempotency-Key": crypto.randomUUID() };
    const bad = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: { title: "no url" },
      headers,
    });
    expect(bad.status).toBe(422);
    const good = await call("POST", "/v1/articles", { key: ADMIN, body: articleInput(), headers });
    expect(good.status).toBe(201);
  });

  it("scopes keys to the API key that sent them", async () => {
    const a = await createKey("submitter", "a");
    const b = await createKey("submitter", "b");
    const headers = { "Idempotency-Key": "shared-key-1" };
    expect(
      (await call("POST", "/v1/articles", { key: a.key, body: articleInput(), headers })).status,
    ).toBe(201);
    expect(
      (await call("POST", "/v1/articles", { key: b.key, body: articleInput(), headers })).status,
    ).toBe(201);
  });
});

describe("GET /v1/articles/{id}", () => {
  it("answers 404 problem for an unknown id", async () => {
    const res = await call("GET", "/v1/articles/art_nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  });
});

describe("GET /v1/articles", () => {
  it("finds an article by any form of its URL", async () => {
    const article = await seedArticle(ADMIN);
    const variant = `${article.url.replace("news.example.com", "NEWS.Example.com")}/?utm_medium=email#top`;
    const res = await call("GET", `/v1/articles?url=${encodeURIComponent(variant)}`);
    const page = await json<{ data: { id: string }[] }>(res);
    expect(page.data.map((a) => a.id)).toEqual([article.id]);
  });

  it("filters by outlet and walks pages by cursor without gaps or repeats", async () => {
    const outlet = `Outlet ${crypto.randomUUID()}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await seedArticle(ADMIN, { outlet })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/v1/articles?outlet=${encodeURIComponent(outlet)}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await json<{
        data: { id: string; outlet: string }[];
        next_cursor: string | null;
      }>(await call("GET", query));
      for (const a of page.data) expect(a.outlet).toBe(outlet);
      seen.push(...page.data.map((a) => a.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it("rejects a bad cursor and a bad limit with 400 naming the parameter", async () => {
    const badCursor = await call("GET", "/v1/articles?cursor=not-a-cursor");
    expect(badCursor.status).toBe(400);
    expect((await json<{ errors: { field: string }[] }>(badCursor)).errors[0]?.field).toBe(
      "cursor",
    );
    const badLimit = await call("GET", "/v1/articles?limit=1000");
    expect(badLimit.status).toBe(400);
    expect((await json<{ errors: { field: string }[] }>(badLimit)).errors[0]?.field).toBe("limit");
  });
});

describe("POST /v1/articles/{id}/claims", () => {
  it("adds a claim, placed in the body, with its creation event", async () => {
    const article = await seedArticle(ADMIN);
    const res = await call("POST", `/v1/articles/${article.id}/claims`, {
      key: ADMIN,
      body: {
        text: "Officials are looking into the allegations",
        claimant: "A spokesman",
        verb: "added",
      },
    });
    expect(res.status).toBe(201);
    const claim = await json<ClaimJson>(res);
    expect(res.headers.get("Location")).toBe(`/v1/claims/${claim.id}`);
    expect(ARTICLE_BODY.slice(claim.span?.start, claim.span?.end)).toBe(
      "Officials are looking into the allegations",
    );
    const stored = await json<ArticleJson>(await call("GET", `/v1/articles/${article.id}`));
    expect(stored.claims.map((c) => c.id)).toContain(claim.id);
  });

  it("answers 409 for a claim the article already has, and 404 for an unknown article", async () => {
    const article = await seedArticle(ADMIN);
    const before = await snapshot();
    const dup = await call("POST", `/v1/articles/${article.id}/claims`, {
      key: ADMIN,
      body: { text: article.claims[0]?.text },
    });
    expect(dup.status).toBe(409);
    expect((await json<{ existing_claim_id: string }>(dup)).existing_claim_id).toBe(
      article.claims[0]?.id,
    );
    const missing = await call("POST", "/v1/articles/art_missing/claims", {
      key: ADMIN,
      body: { text: "x" },
    });
    expect(missing.status).toBe(404);
    expect(await snapshot()).toBe(before);
  });
});
