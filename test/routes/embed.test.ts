import { describe, expect, it } from "vitest";
import {
  ADMIN,
  type ArticleJson,
  BASE,
  call,
  json,
  seedArticle,
  setStatus,
  uniqueUrl,
} from "../helpers";

const XSS = `<img src=x onerror="globalThis.pwned=1"></script><script>globalThis.pwned=2</script>`;

async function claimWithStatus(
  status?: string,
  text = `The dam holds 4.2 billion cubic metres ${crypto.randomUUID()}`,
) {
  const article = await seedArticle(ADMIN, {
    claims: [{ text, claimant: "Water Authority" }],
    published_at: "2026-11-01T08:00:00Z",
  });
  const claim = article.claims[0];
  if (!claim) throw new Error("no claim");
  if (status) {
    const body =
      status === "under_review"
        ? { status, reviewer: { name: "Turkish authorities", country: "TR" } }
        : { status };
    const res = await setStatus(claim.id, body);
    expect(res.status).toBe(200);
  }
  return { article, claim };
}

describe("GET /widget.js", () => {
  it("serves a small, cacheable, cross-origin script", async () => {
    const res = await call("GET", "/widget.js", {
      headers: { Origin: "https://blog.example.org" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/javascript/);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Cache-Control")).toMatch(/public, max-age=\d+/);
    const etag = res.headers.get("ETag");
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const source = await res.text();
    expect(source).toContain("data-claimtrail-claim");
    expect(source).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML|eval\(|new Function/);
    const gzipped = await new Response(
      new Blob([source]).stream().pipeThrough(new CompressionStream("gzip")),
    ).arrayBuffer();
    expect(gzipped.byteLength).toBeLessThan(5 * 1024);
    const again = await call("GET", "/widget.js", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
  });
});

describe("GET /embed/claims/{id}", () => {
  it("renders the claim, its trail and its ClaimReview under a strict CSP, and may be framed", async () => {
    const { claim } = await claimWithStatus("refuted");
    const res = await call("GET", `/embed/claims/${claim.id}?theme=dark`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    const csp = res.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors *");
    expect(csp).not.toContain("script-src");
    expect(res.headers.get("X-Frame-Options")).toBeNull();
    const html = await res.text();
    expect(html).toContain('data-theme="dark"');
    expect(html).toContain("Refuted");
    expect(html).toContain("Water Authority");
    expect(html).toContain('type="application/ld+json"');
    expect(html).toContain('rel="alternate" type="application/json+oembed"');
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "null",
    );
    expect(ld).toMatchObject({ "@type": "ClaimReview", claimReviewed: claim.text });
  });

  it("allows its one stylesheet by hash, so the same claim is the same bytes and revalidates to 304", async () => {
    const { claim } = await claimWithStatus("confirmed");
    for (const path of [`/embed/claims/${claim.id}`, `/embed/articles/${claim.article_id}`]) {
      // With a key the edge cache is bypassed: each answer is rendered anew.
      const first = await call("GET", path, { key: ADMIN });
      const html = await first.text();
      const style = /<style>(.*?)<\/style>/s.exec(html)?.[1] ?? "";
      const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(style));
      const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
      expect(first.headers.get("Content-Security-Policy")).toContain(`style-src 'sha256-${hash}'`);
      const etag = first.headers.get("ETag") ?? "";
      const again = await call("GET", path, { key: ADMIN, headers: { "If-None-Match": etag } });
      expect(again.status, path).toBe(304);
    }
  });

  it("shows hostile text as text, in the page and in its JSON-LD", async () => {
    const { claim } = await claimWithStatus("disputed", `${XSS} ${crypto.randomUUID()}`);
    const html = await (await call("GET", `/embed/claims/${claim.id}`)).text();
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>globalThis");
    expect(html).toContain("&lt;img src=x");
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
    expect(ld).not.toContain("<");
    expect(JSON.parse(ld).claimReviewed).toBe(claim.text);
  });

  it("answers 404 problem for an unknown claim", async () => {
    const res = await call("GET", "/embed/claims/clm_missing");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  });
});

describe("GET /embed/articles/{id}", () => {
  it("lists the article's claims with their statuses", async () => {
    const { article } = await claimWithStatus("under_review");
    const html = await (await call("GET", `/embed/articles/${article.id}`)).text();
    expect(html).toContain("Under Turkish review");
    expect(html).toContain(`/embed/claims/${article.claims[0]?.id}`);
  });
});

describe("GET /oembed", () => {
  it("describes a claim embed as an oEmbed rich type within maxwidth and maxheight", async () => {
    const { claim } = await claimWithStatus("confirmed");
    const url = `${BASE}/embed/claims/${claim.id}`;
    const res = await call(
      "GET",
      `/oembed?format=json&maxwidth=300&maxheight=200&url=${encodeURIComponent(url)}`,
    );
    expect(res.status).toBe(200);
    const body = await json<Record<string, unknown>>(res);
    expect(body).toMatchObject({
      version: "1.0",
      type: "rich",
      width: 300,
      height: 200,
      provider_name: "Claimtrail",
    });
    expect(body.html).toContain(`<iframe src="${url}"`);
    expect(String(body.title)).toMatch(/^Confirmed: /);
  });

  it("cuts a long claim's titles (embed page, oEmbed) at a word, with an ellipsis", async () => {
    const text = `The reservoir ${crypto.randomUUID()} holds ${"four point two billion cubic metres of water ".repeat(4)}today`;
    const { claim } = await claimWithStatus("confirmed", text);
    const url = `${BASE}/embed/claims/${claim.id}`;
    const oembed = await json<{ title: string }>(
      await call("GET", `/oembed?url=${encodeURIComponent(url)}`),
    );
    const page = await (await call("GET", `/embed/claims/${claim.id}`)).text();
    const pageTitle = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? "";
    for (const [title, max] of [
      [oembed.title, 120],
      [pageTitle, 80],
    ] as const) {
      expect(title).toMatch(/^Confirmed: /);
      expect(title).toMatch(/[a-z0-9]…$/);
      const kept = title.slice("Confirmed: ".length, -1);
      expect(kept.length).toBeLessThanOrEqual(max);
      // Whole words only: what is kept is followed by a space in the claim.
      expect(text.startsWith(`${kept} `)).toBe(true);
    }
  });

  it("accepts API URLs of articles, refuses foreign paths and non-JSON formats", async () => {
    const { article } = await claimWithStatus();
    const ok = await call(
      "GET",
      `/oembed?url=${encodeURIComponent(`${BASE}/v1/articles/${article.id}`)}`,
    );
    expect(ok.status).toBe(200);
    expect((await call("GET", `/oembed?url=${encodeURIComponent(`${BASE}/v1/keys`)}`)).status).toBe(
      404,
    );
    expect(
      (await call("GET", `/oembed?url=${encodeURIComponent(`${BASE}/embed/claims/clm_missing`)}`))
        .status,
    ).toBe(404);
    const xml = await call(
      "GET",
      `/oembed?format=xml&url=${encodeURIComponent(`${BASE}/v1/articles/${article.id}`)}`,
    );
    expect(xml.status).toBe(501);
  });

  it("escapes the title inside the iframe markup", async () => {
    const { claim } = await claimWithStatus(
      "refuted",
      `"><script>alert(1)</script> ${crypto.randomUUID()}`,
    );
    const body = await json<{ html: string }>(
      await call("GET", `/oembed?url=${encodeURIComponent(`${BASE}/embed/claims/${claim.id}`)}`),
    );
    expect(body.html).not.toContain("<script>");
    expect(body.html).toContain("&quot;&gt;&lt;script&gt;");
  });
});

describe("GET /v1/claims/{id}/claimreview", () => {
  /** The properties Google's ClaimReview structured-data guidelines list as required or recommended. */
  function assertGoogleClaimReview(review: Record<string, unknown>) {
    expect(review["@context"]).toBe("https://schema.org");
    expect(review["@type"]).toBe("ClaimReview");
    expect(typeof review.claimReviewed).toBe("string");
    expect(review.url).toMatch(/^https?:\/\//);
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review.author).toMatchObject({
      "@type": "Organization",
      name: expect.any(String),
      url: expect.any(String),
    });
    const rating = review.reviewRating as Record<string, unknown>;
    expect(rating["@type"]).toBe("Rating");
    expect(typeof rating.ratingValue).toBe("number");
    expect(rating.bestRating).toBe(5);
    expect(rating.worstRating).toBe(1);
    expect(Number(rating.ratingValue)).toBeGreaterThanOrEqual(1);
    expect(Number(rating.ratingValue)).toBeLessThanOrEqual(5);
    expect(typeof rating.alternateName).toBe("string");
    const item = review.itemReviewed as Record<string, unknown>;
    expect(item["@type"]).toBe("Claim");
    expect(item.author).toMatchObject({ name: expect.any(String) });
    expect(item.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(item.appearance).toMatchObject({
      "@type": "CreativeWork",
      url: expect.stringMatching(/^https?:\/\//),
    });
  }

  it.each([
    ["refuted", 1, "Refuted"],
    ["disputed", 3, "Disputed"],
    ["confirmed", 5, "Confirmed"],
  ])("describes a %s claim with rating %d", async (status, value, name) => {
    const { claim, article } = await claimWithStatus(status);
    const res = await call("GET", `/v1/claims/${claim.id}/claimreview`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/ld\+json/);
    const review = await json<Record<string, unknown>>(res);
    assertGoogleClaimReview(review);
    expect(review.reviewRating).toMatchObject({ ratingValue: value, alternateName: name });
    expect(review.itemReviewed).toMatchObject({
      author: { "@type": "Organization", name: "Water Authority" },
      datePublished: "2026-11-01",
      appearance: { url: (article as ArticleJson).url },
    });
  });

  it.each(["unverified", "under_review"])(
    "answers a clear 404 problem for a %s claim",
    async (status) => {
      const { claim } = await claimWithStatus(status === "unverified" ? undefined : status);
      const res = await call("GET", `/v1/claims/${claim.id}/claimreview`);
      expect(res.status).toBe(404);
      const problem = await json<{ type: string; detail: string }>(res);
      expect(problem.type).toMatch(/claim_not_rated$/);
      expect(problem.detail).toContain(
        status === "unverified" ? "is unverified:" : "is under Turkish review:",
      );
    },
  );
});

describe("caching of public reads", () => {
  it("serves repeated reads from the edge cache and shows a status change at once", async () => {
    const { claim } = await claimWithStatus();
    const first = await call("GET", `/v1/claims/${claim.id}`, {
      headers: { Origin: "https://blog.example.org" },
    });
    expect(first.headers.get("X-Cache")).toBe("MISS");
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const second = await call("GET", `/v1/claims/${claim.id}`);
    expect(second.headers.get("X-Cache")).toBe("HIT");
    expect(second.headers.get("ETag")).toBe('"v1"');
    expect(second.headers.get("Cache-Control")).toBe("public, max-age=0, must-revalidate");
    const notModified = await call("GET", `/v1/claims/${claim.id}`, {
      headers: { "If-None-Match": '"v1"', Origin: "https://blog.example.org" },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("Access-Control-Allow-Origin")).toBe("*");

    await setStatus(claim.id, { status: "refuted" });
    const after = await call("GET", `/v1/claims/${claim.id}`);
    expect(after.headers.get("ETag")).toBe('"v2"');
    expect((await json<{ status: string }>(after)).status).toBe("refuted");
    const widgetList = await call("GET", `/v1/claims?article_id=${claim.article_id}&limit=100`);
    expect((await json<{ data: { status: string }[] }>(widgetList)).data[0]?.status).toBe(
      "refuted",
    );
  });

  it("gives a cached list the same ETag on every hit and answers 304 to it", async () => {
    const { claim } = await claimWithStatus();
    const path = `/v1/claims?article_id=${claim.article_id}&limit=7`;
    const first = await call("GET", path);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    for (let i = 0; i < 3; i++) {
      const hit = await call("GET", path);
      expect(hit.headers.get("X-Cache")).toBe("HIT");
      expect(hit.headers.get("ETag")).toBe(etag);
      expect(await hit.text()).toBe(await first.clone().text());
    }
    const notModified = await call("GET", path, { headers: { "If-None-Match": etag ?? "" } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("X-Cache")).toBe("HIT");
  });

  it("fills the Cache API when a URL is asked again, after the response (waitUntil), with the ETag the client got", async () => {
    const { claim } = await claimWithStatus();
    const path = `/v1/claims?article_id=${claim.article_id}&limit=9`;
    const first = await call("GET", path);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    const body = await first.text();
    // The second request is answered from the isolate's memory, which then makes the put.
    expect(await cachedEntry(`${BASE}${path}`, 10)).toBeUndefined();
    const second = await call("GET", path);
    expect(second.headers.get("X-Cache")).toBe("HIT");
    expect(await second.text()).toBe(body);
    const etag = first.headers.get("ETag");
    // hono/etag's ETag of a body under 256 KiB: the hex SHA-1 of its bytes.
    const digest = new Uint8Array(
      await crypto.subtle.digest("SHA-1", new TextEncoder().encode(body)),
    );
    expect(etag).toBe(`"${[...digest].map((b) => b.toString(16).padStart(2, "0")).join("")}"`);
    const entry = await cachedEntry(`${BASE}${path}`);
    expect(entry?.status).toBe(200);
    expect(entry?.headers.get("ETag")).toBe(etag);
    expect(entry?.headers.get("X-Request-Id")).toBeNull();
    expect(entry?.headers.get("Cache-Control")).toMatch(/^public, max-age=[1-5]$/);
    expect(await entry?.text()).toBe(body);
  });

  it("stores no Cache API copy of a URL asked for once (a one-off URL costs no put)", async () => {
    const { claim } = await claimWithStatus();
    const once = `/v1/claims/${claim.id}?once=${crypto.randomUUID()}`;
    const twice = `/v1/claims/${claim.id}?twice=${crypto.randomUUID()}`;
    expect((await call("GET", once)).headers.get("X-Cache")).toBe("MISS");
    for (let i = 0; i < 2; i++) await (await call("GET", twice)).arrayBuffer();
    // The put of the URL asked twice lands; by then the one asked once would have too.
    expect(await cachedEntry(`${BASE}${twice}`)).toBeDefined();
    expect(await caches.default.match(`${BASE}${once}`)).toBeUndefined();
  });

  it("stores a copy on a URL's second miss, when this isolate's memory could not answer it", async () => {
    const { claim } = await claimWithStatus();
    const path = `/v1/claims/${claim.id}?second=${crypto.randomUUID()}`;
    const first = await call("GET", path);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    // A client whose bookmark is newer than the memory copy's reads D1 again: a second miss.
    const bookmark = (await setStatus(claim.id, { status: "disputed" })).headers.get(
      "x-d1-bookmark",
    ) as string;
    const again = await call("GET", path, { headers: { "x-d1-bookmark": bookmark } });
    expect(again.headers.get("X-Cache")).toBe("MISS");
    expect((await json<{ status: string }>(again)).status).toBe("disputed");
    const entry = await cachedEntry(`${BASE}${path}`);
    expect((await json<{ status: string }>(entry as Response)).status).toBe("disputed");
  });

  it("keeps a claim's own version ETag, not a hash, on a miss and in the Cache API", async () => {
    const { claim } = await claimWithStatus();
    const path = `/v1/claims/${claim.id}?fresh=${crypto.randomUUID()}`;
    const first = await call("GET", path);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    const etag = first.headers.get("ETag");
    // The version tag, with a hash of the match summary when it has matches: never a body hash.
    expect(etag).toMatch(/^"v1(-[0-9a-f]{8})?"$/);
    expect((await call("GET", path)).headers.get("ETag")).toBe(etag);
    const entry = await cachedEntry(`${BASE}${path}`);
    expect(entry?.headers.get("ETag")).toBe(etag);
    expect(entry?.headers.get("Cache-Control")).toMatch(/^public, max-age=\d+$/);
  });

  it("answers CORS preflights for writes", async () => {
    const res = await call("OPTIONS", "/v1/articles", {
      headers: {
        Origin: "https://newsroom.example.org",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type, idempotency-key",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Headers")?.toLowerCase()).toContain(
      "idempotency-key",
    );
  });
});

/** The Cache API's entry for `url`: the put of a miss runs in waitUntil, so it may come a little later. */
async function cachedEntry(url: string, tries = 100): Promise<Response | undefined> {
  for (let i = 0; i < tries; i++) {
    const entry = await caches.default.match(url);
    if (entry) return entry;
    await scheduler.wait(20);
  }
  return undefined;
}

/** A made-up name no other test uses, so the claims below match only each other. */
function madeUpName(): string {
  const letters = "bcdfghjklmnprstvz";
  let out = "";
  for (const byte of crypto.getRandomValues(new Uint8Array(6)))
    out += letters[byte % letters.length] + (out.length % 4 === 0 ? "a" : "o");
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Claims that match only each other: one per test, on its own subject. */
const PAIRS = {
  metro: [
    (who: string) =>
      `Transport minister ${who} said the new metro line carries 85,000 passengers a day.`,
    (who: string) =>
      `The new metro line carries 85,000 passengers a day, according to transport minister ${who}.`,
  ],
  wheat: [
    (who: string) =>
      `Farm minister ${who} said the wheat harvest fell by a third after the drought.`,
    (who: string) => `The drought cut the wheat harvest by a third, farm minister ${who} said.`,
  ],
  hospital: [
    (who: string) =>
      `Health minister ${who} said the children's hospital will open 200 new beds in May.`,
    (who: string) =>
      `The children's hospital opens 200 new beds in May, health minister ${who} announced.`,
  ],
} as const;

/** A claim one outlet reported, and the same claim in other words from a later article. */
async function matchingPair(subject: keyof typeof PAIRS) {
  const who = madeUpName();
  const store = async (text: string, outlet: string) => {
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("also"),
        title: text.slice(0, 60),
        body: text,
        outlet,
        extract: false,
        claims: [{ text }],
      },
    });
    expect(res.status).toBe(201);
    const article = await json<{ id: string; claims: { id: string }[] }>(res);
    return { articleId: article.id, claimId: article.claims[0]?.id ?? "" };
  };
  const [first, second] = PAIRS[subject];
  const earlier = await store(first(who), "First Outlet");
  const later = await store(second(who), "Second Outlet");
  const stored = await json<{ match_count: number }>(
    await call("GET", `/v1/claims/${later.claimId}`),
  );
  expect(stored.match_count).toBe(1);
  return { earlier, later };
}

const ldScripts = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) =>
    JSON.parse(m[1] ?? "null"),
  );

describe("Also checked, on the embed pages", () => {
  it("says a matching claim of another article was refuted, by whom, with a link; ClaimReview stays the claim's own", async () => {
    const { earlier, later } = await matchingPair("metro");
    const before = await (await call("GET", `/embed/claims/${later.claimId}`)).text();
    expect(before).not.toContain("Also checked");

    expect(
      (
        await setStatus(earlier.claimId, {
          status: "refuted",
          reviewer: { name: "AFP Fact Check" },
        })
      ).status,
    ).toBe(200);
    await setStatus(later.claimId, { status: "disputed" });
    const html = await (await call("GET", `/embed/claims/${later.claimId}?theme=dark`)).text();
    expect(html).toMatch(
      /Also checked: <span class="status refuted">Refuted<\/span> by AFP Fact Check — <a href="[^"]*\/embed\/claims\/([^"?]+)\?theme=dark" target="_blank" rel="noopener">the matching claim<\/a>/,
    );
    expect(html).toContain(`/embed/claims/${earlier.claimId}?theme=dark`);
    // The page's own status is the later claim's; its one ClaimReview reviews that claim only.
    expect(html).toMatch(/<p><span class="status disputed">Disputed<\/span><\/p>/);
    const reviews = ldScripts(html);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      "@type": "ClaimReview",
      url: `${BASE}/embed/claims/${later.claimId}`,
      reviewRating: { alternateName: "Disputed" },
    });
    expect(reviews[0].claimReviewed).toContain("according to transport minister");
  });

  it("lists it under the claim on the article page, without repeating an under-review label's reviewer", async () => {
    const { earlier, later } = await matchingPair("wheat");
    await setStatus(earlier.claimId, {
      status: "under_review",
      reviewer: { name: "Turkish authorities", country: "TR" },
    });
    const html = await (await call("GET", `/embed/articles/${later.articleId}`)).text();
    expect(html).toContain(
      'Also checked: <span class="status under_review">Under Turkish review</span> — <a',
    );
    expect(html).not.toContain("by Turkish authorities");
    expect(html).toContain(`/embed/claims/${earlier.claimId}?theme=light`);
    // The earlier article's page: its claim is the rated one, and its match is not rated.
    const first = await (await call("GET", `/embed/articles/${earlier.articleId}`)).text();
    expect(first).toContain("Under Turkish review");
    expect(first).not.toContain("Also checked");
  });

  it("shows a hostile reviewer name of the matching claim as text", async () => {
    const { earlier, later } = await matchingPair("hospital");
    await setStatus(earlier.claimId, { status: "confirmed", reviewer: { name: XSS } });
    const html = await (await call("GET", `/embed/claims/${later.claimId}`)).text();
    expect(html).toContain("Also checked: ");
    expect(html).toContain("by &lt;img src=x");
    expect(html).not.toContain("<img src=x");
  });
});
