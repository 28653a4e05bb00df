import { describe, expect, it } from "vitest";
import { ADMIN, type ArticleJson, type ClaimJson, call, json, uniqueUrl } from "../helpers";

// An article written for these tests; its title is not repeated in the body.
const TITLE = "Militant commanders are hiding in Turkey, Iraqi spy chief claims";
const BODY = [
  "Militant commanders with large reserves of cash are regrouping near the Turkish border, an Iraqi spy chief has warned.",
  "Major General Karim al-Dulaimi, the head of Iraq's intelligence service, said in an interview that 14 commanders had crossed into Turkey since March.",
  "He said the group had rebuilt its finances in Syria.",
  "Turkey told reporters it was looking into the allegations.",
].join("\n\n");
const REVIEW_SENTENCE = "Turkey told reporters it was looking into the allegations.";

type Suggestion = {
  status: string;
  reviewer: { name: string; country: string | null } | null;
  reason: { text: string; span: { start: number; end: number } | null } | null;
} | null;

async function submit(body: Record<string, unknown>) {
  const res = await call("POST", "/v1/articles", {
    key: ADMIN,
    body: { url: uniqueUrl("hl"), ...body },
  });
  expect(res.status).toBe(201);
  return json<ArticleJson>(res);
}

const suggestion = (c: ClaimJson | undefined) => (c?.suggested_status ?? null) as Suggestion;

describe("headline claims read from the title", () => {
  it("stores the title's claim with span null and in 'title', first, with the body's claimant", async () => {
    const article = await submit({ title: TITLE, body: BODY });
    const [head, ...rest] = article.claims;
    expect(head).toMatchObject({
      text: "Militant commanders are hiding in Turkey",
      span: null,
      in: "title",
      verb: "claims",
      origin: "extracted",
      status: "unverified",
      claimant: { name: "Karim al-Dulaimi" },
    });
    for (const c of rest) {
      expect(c.in).toBe("body");
      expect(BODY.slice(c.span?.start, c.span?.end)).toBe(c.text);
    }

    // The same claim read back on its own and in the article.
    const one = await call("GET", `/v1/claims/${head?.id}`);
    expect(one.status).toBe(200);
    expect(await json<ClaimJson>(one)).toMatchObject({ span: null, in: "title" });
    const again = await json<ArticleJson>(await call("GET", `/v1/articles/${article.id}`));
    expect(again.claims[0]?.id).toBe(head?.id);
  });

  it("keeps one headline claim, in the body, when the body repeats the title", async () => {
    const body = `${TITLE}\n\n${BODY}`;
    const article = await submit({ title: TITLE, body });
    const heads = article.claims.filter(
      (c) => c.text === "Militant commanders are hiding in Turkey",
    );
    expect(heads).toHaveLength(1);
    expect(heads[0]?.in).toBe("body");
    expect(body.slice(heads[0]?.span?.start, heads[0]?.span?.end)).toBe(heads[0]?.text);
    expect(article.claims.every((c) => c.in === "body")).toBe(true);
  });

  it("drops the title's claim when the client gives the same words", async () => {
    const article = await submit({
      title: TITLE,
      body: BODY,
      claims: [{ text: "Militant commanders are hiding in Turkey", claimant: "Karim al-Dulaimi" }],
    });
    const same = article.claims.filter((c) =>
      c.text.toLowerCase().includes("commanders are hiding"),
    );
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ origin: "submitted", span: null, in: "title" });
  });

  it("places a client's claim found only in the title in 'title'", async () => {
    const article = await submit({ title: TITLE, body: BODY, extract: false });
    const res = await call("POST", `/v1/articles/${article.id}/claims`, {
      key: ADMIN,
      body: { text: "Militant commanders are hiding in Turkey" },
    });
    expect(res.status).toBe(201);
    expect(await json<ClaimJson>(res)).toMatchObject({ span: null, in: "title" });
    const elsewhere = await call("POST", `/v1/articles/${article.id}/claims`, {
      key: ADMIN,
      body: { text: "The border was closed for a week" },
    });
    expect(await json<ClaimJson>(elsewhere)).toMatchObject({ span: null, in: null });
  });

  it("renders embed pages for an article with a title claim", async () => {
    const article = await submit({ title: TITLE, body: BODY });
    const page = await call("GET", `/embed/articles/${article.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Headline: ");
    // The title's claim is listed first.
    expect(html.indexOf("hiding in Turkey")).toBeLessThan(html.indexOf("14 commanders"));
    const head = article.claims.find((c) => c.in === "title");
    const claimPage = await call("GET", `/embed/claims/${head?.id}`);
    expect(claimPage.status).toBe(200);
    expect(await claimPage.text()).toContain("(in the headline)");
  });
});

describe("suggested statuses with their reason", () => {
  it("suggests the review only for the claims about the reviewer, with the sentence as reason", async () => {
    const article = await submit({ title: TITLE, body: BODY });
    const byText = (needle: string) => article.claims.find((c) => c.text.includes(needle));
    const expected = {
      status: "under_review",
      reviewer: { name: "Turkey", country: "TR" },
      reason: {
        text: REVIEW_SENTENCE,
        span: { start: BODY.indexOf(REVIEW_SENTENCE), end: BODY.length },
      },
    };
    expect(suggestion(byText("hiding in Turkey"))).toEqual(expected); // the title's claim
    expect(suggestion(byText("14 commanders"))).toEqual(expected);
    expect(suggestion(byText("Turkish border"))).toEqual(expected);
    expect(suggestion(byText("rebuilt its finances"))).toBeNull(); // not about Turkey
    for (const c of article.claims) expect(c.status).toBe("unverified"); // a suggestion only

    const one = await json<ClaimJson>(
      await call("GET", `/v1/claims/${byText("14 commanders")?.id}`),
    );
    expect(suggestion(one)).toEqual(expected);
  });

  it("describes span, in and the suggestion's reason in OpenAPI", async () => {
    const doc = await json<{
      components: {
        schemas: Record<string, { properties: Record<string, Record<string, unknown>> }>;
      };
    }>(await call("GET", "/openapi.json"));
    const claim = doc.components.schemas.Claim?.properties ?? {};
    expect(claim.in?.enum).toEqual(expect.arrayContaining(["body", "title"]));
    expect(String(claim.in?.description)).toMatch(/title/);
    expect(JSON.stringify(claim.suggested_status)).toMatch(/"reason"/);
  });
});
