import { describe, expect, it } from "vitest";
import { ADMIN, type ArticleJson, call, json, uniqueUrl } from "../helpers";

const STORY = [
  "Harbour strike ends after deal, union says",
  "",
  "ROTTERDAM (Wire) — Dockworkers ended a nine-day strike on Sunday after the port operator agreed to raise wages by 6.5 percent, the union said.",
  "",
  "Union leader Pieter de Vries told reporters that the stoppage had cost the port 40 million euros a day.",
  "",
  '"We will not accept another year of cuts," de Vries said.',
  "",
  "The port operator denied that any cuts had been planned.",
].join("\n");

type Claim = ArticleJson["claims"][number];

describe("POST /v1/articles with extraction", () => {
  it("finds attributed claims with exact spans, claimant, verb and checkworthiness", async () => {
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("extract"),
        title: "Harbour strike ends after deal, union says",
        body: STORY,
      },
    });
    expect(res.status).toBe(201);
    const article = await json<ArticleJson & { claims: Claim[] }>(res);
    const extracted = article.claims.filter((c) => c.origin === "extracted");
    expect(extracted.length).toBeGreaterThanOrEqual(3);
    for (const claim of extracted) {
      expect(STORY.slice(claim.span?.start, claim.span?.end)).toBe(claim.text);
      expect(claim.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(claim.checkworthiness).toBeLessThanOrEqual(1);
      expect(claim.status).toBe("unverified"); // suggestions never set the status
    }
    const cost = extracted.find((c) => c.text.includes("40 million euros"));
    expect(cost?.claimant?.name).toBe("Pieter de Vries");
    expect(cost?.verb).toMatch(/told/);
    expect(cost?.text).not.toMatch(/told reporters/);
    const quote = extracted.find((c) => c.text.includes("another year of cuts"));
    expect(quote?.claimant?.name).toBe("Pieter de Vries");
  });

  it("merges the client's claims with extracted ones without duplicates", async () => {
    const given = "the stoppage had cost the port 40 million euros a day";
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("merge"),
        title: "Strike",
        body: STORY,
        claims: [{ text: given, claimant: "Pieter de Vries" }],
      },
    });
    const article = await json<ArticleJson & { claims: Claim[] }>(res);
    const aboutCost = article.claims.filter((c) => c.text.includes("40 million euros"));
    expect(aboutCost).toHaveLength(1);
    expect(aboutCost[0]?.origin).toBe("submitted");
    expect(article.claims.some((c) => c.origin === "extracted")).toBe(true);
  });

  it("adds nothing with extract: false", async () => {
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: { url: uniqueUrl("noextract"), title: "Strike", body: STORY, extract: false },
    });
    expect((await json<ArticleJson>(res)).claims).toEqual([]);
  });
});
