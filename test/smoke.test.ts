import { describe, expect, it } from "vitest";
import { ADMIN, call, createKey, json, seedArticle } from "./helpers";

describe("smoke", () => {
  it("creates an article and changes a claim status", async () => {
    const submitter = await createKey("submitter");
    const article = await seedArticle(submitter.key);
    expect(article.claims).toHaveLength(2);
    const claim = article.claims[0];
    if (!claim) throw new Error("no claim");
    const res = await call("POST", `/v1/claims/${claim.id}/status`, {
      key: ADMIN,
      headers: { "If-Match": `"v1"` },
      body: { status: "under_review", reviewer: { name: "Turkish authorities", country: "tr" } },
    });
    const body = await json(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.status_label).toBe("Under Turkish review");
  });
});
