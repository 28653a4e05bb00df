import { exports } from "cloudflare:workers";
import { hc } from "hono/client";
import { describe, expect, it } from "vitest";
import type { AppType } from "../../src/index";
import { ADMIN, seedArticle } from "../helpers";

describe("typed client", () => {
  it("calls the API through hc<AppType> with typed params and responses", async () => {
    const article = await seedArticle(ADMIN);
    const claimId = article.claims[0]?.id ?? "";
    const api = hc<AppType>("http://claimtrail.test", {
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        exports.default.fetch(new Request(input, init)),
    });
    const res = await api.v1.claims[":id"].$get({ param: { id: claimId } });
    expect(res.status).toBe(200);
    if (res.status === 200) {
      const claim = await res.json();
      expect(claim.id).toBe(claimId);
      expect(claim.status_label).toBe("Unverified");
    }
  });
});
