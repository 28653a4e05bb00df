import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN, call, createKey, json, snapshot, uniqueUrl } from "../helpers";

interface MatchJson {
  score: number;
  claim: {
    id: string;
    text: string;
    status: string;
    article: { id: string; title: string; url: string };
    match_count: number;
    already_checked: { claim_id: string; status: string; status_label: string } | null;
  };
}

interface StoredClaim {
  id: string;
  version: number;
  match_count: number;
  already_checked: { claim_id: string; status: string; status_label: string } | null;
}

/** A made-up name no other test uses, so tests never see each other's claims. */
function name(): string {
  const letters = "bcdfghjklmnprstvz";
  let out = "";
  for (const byte of crypto.getRandomValues(new Uint8Array(6)))
    out += letters[byte % letters.length] + (out.length % 4 === 0 ? "a" : "o");
  return out.charAt(0).toUpperCase() + out.slice(1);
}

async function storeClaim(text: string, title: string, outlet = "Example News") {
  const response = await call("POST", "/v1/articles", {
    key: ADMIN,
    body: {
      url: uniqueUrl("match"),
      title,
      body: text,
      outlet,
      extract: false,
      claims: [{ text }],
    },
  });
  expect(response.status).toBe(201);
  const article = await json<{ id: string; claims: StoredClaim[] }>(response);
  return { articleId: article.id, claim: article.claims[0] as StoredClaim };
}

async function match(text: string, extra: Record<string, unknown> = {}) {
  const response = await call("POST", "/v1/matches", { body: { text, ...extra } });
  expect(response.status).toBe(200);
  return (await json<{ data: MatchJson[] }>(response)).data;
}

// A small collection of unrelated claims, as any database soon has: idf means little without one.
beforeAll(async () => {
  for (const text of [
    "The central bank raised interest rates by half a point to curb inflation.",
    "Heavy rain flooded 300 homes in the northern valley over the weekend.",
    "The opposition leader said the election was marred by irregularities.",
    "A new study found that 40 percent of teenagers sleep less than seven hours.",
    "The railway strike cancelled 2,000 trains across the country on Friday.",
    "Police arrested 12 people after clashes outside the football stadium.",
    "The health minister said hospital waiting lists had fallen for the first time in a decade.",
    "Exports of wheat rose by 15 percent last year, the trade ministry said.",
  ]) {
    await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("bg"),
        title: text.slice(0, 60),
        body: text,
        extract: false,
        claims: [{ text }],
      },
    });
  }
});

describe("POST /v1/matches", () => {
  it("finds the claim another outlet reported, in other words, from a tweet", async () => {
    const country = name();
    const vaccine = name();
    const { claim } = await storeClaim(
      `The ${country} health ministry recalled 40,000 doses of the ${vaccine} vaccine after contamination was found.`,
      `${country} recalls ${vaccine} vaccine doses`,
    );
    await storeClaim(
      `Farmers in ${country} protested against the new irrigation tax on Monday.`,
      `${country} farmers protest irrigation tax`,
    );
    const found = await match(
      `BREAKING: ${country} pulls 40,000 #${vaccine} vaccine doses over contamination fears https://t.co/x1y2z3 — Some Reporter (@somereporter) March 3, 2026`,
    );
    expect(found[0]?.claim.id).toBe(claim.id);
    expect(found[0]?.score).toBeGreaterThan(0.5);
    expect(found[0]?.claim).toMatchObject({
      status: "unverified",
      article: { outlet: "Example News" },
    });
    expect(found.some((m) => m.claim.text.includes("irrigation"))).toBe(false);
  });

  it("returns nothing for an unrelated text, and respects the threshold", async () => {
    const town = name();
    await storeClaim(
      `The mayor of ${town} said the new bridge will open in June after a two-year delay.`,
      `${town} bridge to open in June`,
    );
    expect(await match("Scientists found that octopuses dream in colour, a study says.")).toEqual(
      [],
    );
    // Only the town's name in common: a weak candidate, below the default threshold...
    const weak = `${town} celebrates its football team's promotion to the first division`;
    expect(await match(weak)).toEqual([]);
    // ...that threshold 0 shows, and threshold 1 hides.
    const all = await match(weak, { threshold: 0 });
    expect(all[0]?.claim.text).toContain(town);
    expect(all[0]?.score).toBeLessThan(0.2);
    expect(await match(`The ${town} bridge will open in June`, { threshold: 1 })).toEqual([]);
    const top = await match(`The ${town} bridge will open in June`);
    expect(top[0]?.score).toBeGreaterThan(0.5);
    expect(top[0]?.score).toBeLessThanOrEqual(1);
  });

  it("a text with no word that can match matches nothing", async () => {
    for (const text of ["!!! ??? ...", ">", "the of and"]) {
      const res = await call("POST", "/v1/matches", { body: { text } });
      expect(res.status, text).toBe(200);
      expect(await json<{ data: unknown[] }>(res)).toEqual({ data: [] });
    }
  });

  it("answers bad input with a problem and changes nothing", async () => {
    const before = await snapshot();
    for (const body of [
      {},
      { text: "" },
      { text: "   " },
      { text: "bridge", limit: 0 },
      { text: "bridge", limit: 51 },
      { text: "bridge", threshold: 2 },
      { text: "bridge", extra: true },
      { text: "x".repeat(5001) },
    ]) {
      const res = await call("POST", "/v1/matches", { body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.headers.get("Content-Type")).toBe("application/problem+json");
      expect((await json<{ errors: unknown[] }>(res)).errors.length).toBeGreaterThan(0);
    }
    const malformed = await call("POST", "/v1/matches", {
      raw: "{",
      headers: { "Content-Type": "application/json" },
    });
    expect(malformed.status).toBe(400);
    expect(await snapshot()).toBe(before);
  });

  it("is rate limited per address like other anonymous reads", async () => {
    const address = "203.0.113.77";
    let limited: Response | undefined;
    for (let i = 0; i <= env.TEST_READ_LIMIT && !limited; i++) {
      const res = await call("POST", "/v1/matches", {
        body: { text: "a bridge opens in June" },
        headers: { "CF-Connecting-IP": address },
      });
      if (res.status === 429) limited = res;
    }
    expect(limited?.status).toBe(429);
    expect(limited?.headers.get("Retry-After")).toMatch(/^\d+$/);
  }, 60_000);
});

describe("matches kept on the way in", () => {
  it("stores both directions, counts them, and says when a match was rated", async () => {
    const minister = name();
    const first = await storeClaim(
      `Finance minister ${minister} said inflation fell to 3.2 percent in October.`,
      `${minister}: inflation down to 3.2%`,
      "First Outlet",
    );
    expect(first.claim.match_count).toBe(0);
    const second = await storeClaim(
      `Inflation dropped to 3.2 percent in October, according to finance minister ${minister}.`,
      `Inflation at 3.2 percent, ${minister} says`,
      "Second Outlet",
    );
    expect(second.claim.match_count).toBe(1);
    expect(second.claim.already_checked).toBeNull();

    const ofSecond = await json<{ data: MatchJson[] }>(
      await call("GET", `/v1/claims/${second.claim.id}/matches`),
    );
    expect(ofSecond.data.map((m) => m.claim.id)).toEqual([first.claim.id]);
    const ofFirst = await json<{ data: MatchJson[] }>(
      await call("GET", `/v1/claims/${first.claim.id}/matches`),
    );
    expect(ofFirst.data.map((m) => m.claim.id)).toEqual([second.claim.id]);
    expect(ofFirst.data[0]?.score).toBe(ofSecond.data[0]?.score);

    // A fact-checker refutes the first: the second now says it was already checked.
    const { key } = await createKey("factchecker");
    const changed = await call("POST", `/v1/claims/${first.claim.id}/status`, {
      key,
      headers: { "If-Match": `"v${first.claim.version}"` },
      body: { status: "refuted", note: "The statistics office puts it at 4.1 percent" },
    });
    expect(changed.status).toBe(200);
    const again = await json<StoredClaim>(await call("GET", `/v1/claims/${second.claim.id}`));
    expect(again.already_checked).toEqual({
      claim_id: first.claim.id,
      status: "refuted",
      status_label: "Refuted",
      reviewer: null,
    });
    expect(again.match_count).toBe(1);
    // The embed page of the second says so too.
    const page = await call("GET", `/embed/claims/${second.claim.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Also checked: ");
    expect(html).toContain(`/embed/claims/${first.claim.id}`);
    expect(html).toMatch(/class="status refuted">Refuted</);
  });

  it("gives a claim a new ETag when its matches change, and If-Match still takes its version", async () => {
    const mayor = name();
    const first = await storeClaim(
      `Mayor ${mayor} said the city planted 25,000 trees along its rivers last year.`,
      `${mayor}: 25,000 trees planted`,
      "First Outlet",
    );
    const read = (headers: Record<string, string> = {}) =>
      call("GET", `/v1/claims/${first.claim.id}`, { key: ADMIN, headers });
    const alone = (await read()).headers.get("ETag") ?? "";
    expect(alone).toBe(`"v${first.claim.version}"`);

    // Another outlet reports it: the first now has a match, and a reader holding the old
    // ETag must get the new summary, not a 304.
    const second = await storeClaim(
      `The city planted 25,000 trees along its rivers last year, according to mayor ${mayor}.`,
      `City planted 25,000 trees, ${mayor} says`,
      "Second Outlet",
    );
    expect(second.claim.match_count).toBe(1);
    const matched = await read({ "If-None-Match": alone });
    expect(matched.status).toBe(200);
    expect((await json<StoredClaim>(matched)).match_count).toBe(1);
    const withMatch = matched.headers.get("ETag") ?? "";
    expect(withMatch).not.toBe(alone);
    expect(withMatch.startsWith(`"v${first.claim.version}-`)).toBe(true);

    // The second is rated: the first's "Also checked" changes, and so does its ETag.
    const { key } = await createKey("factchecker");
    const refuted = await call("POST", `/v1/claims/${second.claim.id}/status`, {
      key,
      headers: { "If-Match": `"v${second.claim.version}"` },
      body: { status: "refuted" },
    });
    expect(refuted.status).toBe(200);
    const checked = await read({ "If-None-Match": withMatch });
    expect(checked.status).toBe(200);
    expect((await json<StoredClaim>(checked)).already_checked?.status).toBe("refuted");
    const withChecked = checked.headers.get("ETag") ?? "";
    expect(withChecked).not.toBe(withMatch);
    expect((await read({ "If-None-Match": withChecked })).status).toBe(304);

    // An ETag read before the summary changed still names this version for a write...
    const changed = await call("POST", `/v1/claims/${first.claim.id}/status`, {
      key,
      headers: { "If-Match": withMatch },
      body: { status: "disputed" },
    });
    expect(changed.status).toBe(200);
    const after = await json<StoredClaim>(changed);
    expect(after.version).toBe(first.claim.version + 1);
    // ...and the answer's ETag is the one GET gives.
    expect(changed.headers.get("ETag")).toBe((await read()).headers.get("ETag"));
    // A stale version is still refused, whatever summary its ETag carried.
    const stale = await call("POST", `/v1/claims/${first.claim.id}/status`, {
      key,
      headers: { "If-Match": withChecked },
      body: { status: "confirmed" },
    });
    expect(stale.status).toBe(412);
  });

  it.each([
    ["with the match stored both ways", false, "burglaries", 18],
    // Matching may trim an older claim's reverse rows: the purge reads the rows that name it.
    // (Another story, so the first case's claims do not match these.)
    ["when the changed claim no longer keeps the reverse row", true, "shoplifting cases", 27],
  ] as const)(
    "purges the cached reads of the claims that match a claim whose status changes, %s",
    async (_, trimmed, crime, percent) => {
      const chief = name();
      const first = await storeClaim(
        `Police chief ${chief} said ${crime} fell by ${percent} percent in the first half of the year.`,
        `${chief}: ${crime} down ${percent}%`,
        "First Outlet",
      );
      const second = await storeClaim(
        `${crime} fell ${percent} percent in the first half of the year, police chief ${chief} said.`,
        `${crime} down ${percent} percent, says ${chief}`,
        "Second Outlet",
      );
      expect(second.claim.match_count).toBe(1);
      if (trimmed) {
        const removed = await env.DB.prepare(
          "DELETE FROM claim_matches WHERE claim_id = ? AND matched_claim_id = ?",
        )
          .bind(first.claim.id, second.claim.id)
          .run();
        expect(removed.meta.changes).toBe(1);
      }
      const paths = [
        `/v1/claims/${second.claim.id}`,
        `/v1/articles/${second.articleId}`,
        `/embed/claims/${second.claim.id}`,
      ];
      // Anonymous reads of the second, as a widget makes them: cached after the first.
      for (const path of paths) {
        expect((await call("GET", path)).headers.get("X-Cache")).toBe("MISS");
        expect((await call("GET", path)).headers.get("X-Cache")).toBe("HIT");
      }

      const { key } = await createKey("factchecker");
      const changed = await call("POST", `/v1/claims/${first.claim.id}/status`, {
        key,
        headers: { "If-Match": `"v${first.claim.version}"` },
        body: { status: "confirmed" },
      });
      expect(changed.status).toBe(200);

      const claim = await call("GET", paths[0] as string);
      expect(claim.headers.get("X-Cache")).toBe("MISS");
      expect((await json<StoredClaim>(claim)).already_checked).toMatchObject({
        claim_id: first.claim.id,
        status: "confirmed",
      });
      const article = await call("GET", paths[1] as string);
      expect(article.headers.get("X-Cache")).toBe("MISS");
      const { claims } = await json<{ claims: StoredClaim[] }>(article);
      expect(claims[0]?.already_checked?.status).toBe("confirmed");
      const page = await call("GET", paths[2] as string);
      expect(page.headers.get("X-Cache")).toBe("MISS");
      expect(await page.text()).toMatch(/class="status confirmed">Confirmed</);
    },
  );

  it("answers a new article, and a claim added by hand, exactly as GET reads them back", async () => {
    const minister = name();
    const first = await storeClaim(
      `Trade minister ${minister} said steel exports rose 11 percent in May.`,
      `${minister}: steel exports up 11%`,
    );
    const { key } = await createKey("factchecker");
    const reviewed = await call("POST", `/v1/claims/${first.claim.id}/status`, {
      key,
      headers: { "If-Match": `"v${first.claim.version}"` },
      body: { status: "under_review", reviewer: { name: "Ankara desk", country: "TR" } },
    });
    expect(reviewed.status).toBe(200);
    const posted = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("answer"),
        title: `Steel exports up 11 percent, ${minister} says`,
        body: `Steel exports rose 11 percent in May, according to trade minister ${minister}. Officials are looking into the allegations.`,
        claims: [{ text: "Steel exports rose 11 percent in May", claimant: minister }],
      },
    });
    expect(posted.status).toBe(201);
    const answer = await json<{ id: string; claims: StoredClaim[] }>(posted);
    expect(answer.claims[0]?.already_checked).toEqual({
      claim_id: first.claim.id,
      status: "under_review",
      status_label: "Under Turkish review",
      reviewer: { name: "Ankara desk", country: "TR" },
    });
    expect(answer).toEqual(await json(await call("GET", `/v1/articles/${answer.id}`)));

    const added = await call("POST", `/v1/articles/${answer.id}/claims`, {
      key: ADMIN,
      body: { text: `${minister} said steel exports rose 11 percent`, claimant: "Opposition" },
    });
    expect(added.status).toBe(201);
    const claim = await json<StoredClaim>(added);
    expect(claim.match_count).toBeGreaterThan(0);
    const read = await call("GET", `/v1/claims/${claim.id}`);
    expect(claim).toEqual(await json(read));
    expect(added.headers.get("ETag")).toBe(read.headers.get("ETag"));
  });

  it("an often-repeated claim does not take a match from every later copy", async () => {
    const mayor = name();
    const text = `Mayor ${mayor} said the new tram line will carry 40,000 passengers a day.`;
    const title = `${mayor}: tram line to carry 40,000 a day`;
    const original = await storeClaim(text, title, "Outlet 0");
    let last: StoredClaim | undefined;
    for (let i = 1; i <= 23; i++) last = (await storeClaim(text, title, `Outlet ${i}`)).claim;
    // Each copy keeps its best 20; the original takes a later copy's match only while it has
    // fewer than 20 that score as high (the copies score nearly the same; idf drifts as they
    // add up), so it holds about 20, not one per copy (23).
    expect(last?.match_count).toBe(20);
    const read = await json<StoredClaim>(await call("GET", `/v1/claims/${original.claim.id}`));
    expect(read.match_count).toBeGreaterThanOrEqual(20);
    expect(read.match_count).toBeLessThan(23);
    // The copies it no longer keeps still know it.
    const ofLast = await json<{ data: MatchJson[] }>(
      await call("GET", `/v1/claims/${last?.id}/matches?limit=50`),
    );
    expect(ofLast.data.map((m) => m.claim.id)).toContain(original.claim.id);
  });

  it("does not match claims of the same article, nor unrelated claims", async () => {
    const party = name();
    const response = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("same"),
        title: `${party} party congress`,
        body: "x",
        extract: false,
        claims: [
          { text: `The ${party} party has 12,000 members in the capital` },
          { text: `The ${party} party has 12,000 members in the capital region` },
        ],
      },
    });
    const article = await json<{ claims: StoredClaim[] }>(response);
    expect(article.claims.map((c) => c.match_count)).toEqual([0, 0]);
    const other = await storeClaim(
      "A heatwave pushed temperatures above 40 degrees in the south.",
      "Heatwave in the south",
    );
    expect(other.claim.match_count).toBe(0);
  });

  it("answers 404 for the matches of a claim that does not exist", async () => {
    const res = await call("GET", "/v1/claims/clm_nothing/matches");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  });

  it("describes the new operations in OpenAPI with operationIds", async () => {
    const doc = await json<{
      paths: Record<string, Record<string, { operationId?: string }>>;
    }>(await call("GET", "/openapi.json"));
    expect(doc.paths["/v1/matches"]?.post?.operationId).toBe("matchClaims");
    expect(doc.paths["/v1/claims/{id}/matches"]?.get?.operationId).toBe("getClaimMatches");
    expect(doc.paths["/v1/suggestions"]?.get?.operationId).toBe("listSuggestions");
    expect(doc.paths["/v1/suggestions/{id}/accept"]?.post?.operationId).toBe("acceptSuggestion");
    expect(doc.paths["/v1/suggestions/{id}/reject"]?.post?.operationId).toBe("rejectSuggestion");
  });
});
