/**
 * Google's own Node client for the Fact Check Tools API (`@googleapis/factchecktools`, pinned in
 * package.json) against `wrangler dev` on loopback: `claims.search` as Google documents it, with
 * `rootUrl` set to this API and a dummy API key (the client then sends `key=` and no OAuth). Every
 * request the client makes goes through a fetch that refuses any host but 127.0.0.1, and is
 * recorded, so it never reaches Google (or anywhere else).
 */
import { factchecktools, type factchecktools_v1alpha1 } from "@googleapis/factchecktools";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiCall, setStatus } from "./api";

type Claim = factchecktools_v1alpha1.Schema$GoogleFactcheckingFactchecktoolsV1alpha1Claim;
type SearchParams = factchecktools_v1alpha1.Params$Resource$Claims$Search;

const api = inject("apiOrigin");

/** Every URL the client asked for; anything not on loopback is refused before it leaves. */
const requested: URL[] = [];
const loopbackOnly: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  requested.push(url);
  if (url.hostname !== "127.0.0.1")
    return Promise.reject(new Error(`refused: ${url.href} is not loopback`));
  return fetch(input, init);
};

const client = factchecktools({
  version: "v1alpha1",
  rootUrl: `${api}/`,
  auth: "dummy-api-key",
  fetchImplementation: loopbackOnly,
  retry: false,
});

/** A made-up word that only this file's claims contain, so the shared database does not leak in. */
const word = `zq${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => String.fromCharCode(97 + (b % 26))).join("")}`;

/**
 * Submits an article without `language` (so the server has to tell it from `body`) and rates its
 * claims. The made-up word is in the claims only: repeated in the body it would sway detection.
 */
async function seed(body: string, claims: string[], ratings: (string | null)[]) {
  const article = (await apiCall("POST", "/v1/articles", {
    url: `https://news.example.com/google-client-${crypto.randomUUID()}`,
    title: "Council report",
    body,
    extract: false,
    claims: claims.map((text) => ({ text })),
  })) as { language: string | null; claims: { id: string; text: string }[] };
  for (const [i, claim] of article.claims.entries()) {
    const status = ratings[i];
    if (status) await setStatus(claim.id, { status });
  }
  return article;
}

async function search(params: SearchParams) {
  const res = await client.claims.search(params);
  expect(res.status).toBe(200);
  return res.data;
}

/** Every claim of a search, page by page through `nextPageToken`, as a client pages. */
async function searchAll(params: SearchParams) {
  const pages: Claim[][] = [];
  let pageToken: string | undefined;
  do {
    const data = await search({ ...params, pageToken });
    pages.push(data.claims ?? []);
    pageToken = data.nextPageToken ?? undefined;
  } while (pageToken && pages.length < 50);
  return pages;
}

const english: string[] = [];
const spanish: string[] = [];
const texts = (claims: Claim[] | undefined) => (claims ?? []).map((c) => c.text ?? "");

beforeAll(async () => {
  const claims = Array.from(
    { length: 12 },
    (_, i) => `Spending on the ${word} roads rose by ${i + 3} percent in the year to March`,
  );
  const en = await seed(
    "The council said on Tuesday that spending on the northern roads rose sharply in the year to " +
      "March, while the opposition said the figures were never published in full and asked the " +
      "auditor to look at every contract signed since the election.",
    [...claims, `The ${word} figures were never published in full`],
    // The last claim stays unrated: it has no review, so Google's search does not show it.
    [...claims.map((_, i) => ["refuted", "disputed", "confirmed"][i % 3] ?? null), null],
  );
  expect(en.language).toBe("en");
  english.push(...en.claims.slice(0, 12).map((c) => c.text));
  const es = await seed(
    "El ministro dijo el martes que el presupuesto para las escuelas del norte creció un doce por " +
      "ciento el año pasado, y la oposición afirmó que los hospitales recibieron la mitad de los " +
      "fondos prometidos por el gobierno.",
    [
      `El presupuesto de ${word} para las escuelas creció un doce por ciento`,
      `Los hospitales de ${word} recibieron la mitad de los fondos prometidos`,
    ],
    ["refuted", "confirmed"],
  );
  expect(es.language).toBe("es");
  spanish.push(...es.claims.map((c) => c.text));
}, 60_000);

describe("Google's @googleapis/factchecktools client against this API", () => {
  it("finds the rated claims by query, each with Google's review fields", async () => {
    const data = await search({ query: word, pageSize: 100 });
    expect(texts(data.claims).sort()).toEqual([...english, ...spanish].sort());
    expect(data.nextPageToken).toBeUndefined();
    for (const claim of data.claims ?? []) {
      expect(claim.claimDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      const [review, ...more] = claim.claimReview ?? [];
      expect(more).toEqual([]);
      expect(review?.textualRating).toMatch(/^(Confirmed|Disputed|Refuted)$/);
      expect(review?.reviewDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(review?.url).toMatch(new RegExp(`^${api}/embed/claims/clm_`));
      expect(review?.publisher?.site).toBe("127.0.0.1");
      expect(review?.title).toContain(review?.textualRating ?? "?");
      expect(review?.languageCode).toBe(spanish.includes(claim.text ?? "") ? "es" : "en");
    }
  });

  it("filters by languageCode as Google does, the region not considered", async () => {
    for (const languageCode of ["en", "en-US", "EN-gb"]) {
      const data = await search({ query: word, languageCode, pageSize: 100 });
      expect(texts(data.claims).sort(), languageCode).toEqual([...english].sort());
    }
    const es = await search({ query: word, languageCode: "es-419", pageSize: 100 });
    expect(texts(es.claims).sort()).toEqual([...spanish].sort());
    // A language nothing here is in: Google's empty answer is `{}`.
    expect(await search({ query: word, languageCode: "fi" })).toEqual({});
  });

  it("pages with pageSize and pageToken, every claim once, the last page without a token", async () => {
    const pages = await searchAll({ query: word, languageCode: "en-US", pageSize: 5 });
    expect(pages.map((page) => page.length)).toEqual([5, 5, 2]);
    const seen = pages.flatMap((page) => texts(page));
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...english].sort());
    // pageSize 0 (proto3's unset) is Google's default of 10.
    expect((await search({ query: word, languageCode: "en", pageSize: 0 })).claims).toHaveLength(
      10,
    );
  });

  it("skips with offset when no pageToken is given", async () => {
    const all = texts((await search({ query: word, languageCode: "en", pageSize: 100 })).claims);
    const skipped = await search({ query: word, languageCode: "en", offset: 3, pageSize: 4 });
    expect(texts(skipped.claims)).toEqual(all.slice(3, 7));
    // Paging on from an offset page goes on from where that page ended.
    const next = await search({
      query: word,
      languageCode: "en",
      pageSize: 4,
      offset: 3,
      pageToken: skipped.nextPageToken ?? "",
    });
    expect(texts(next.claims)).toEqual(all.slice(7, 11));
  });

  it("keeps claims reviewed within maxAgeDays", async () => {
    for (const maxAgeDays of [0, 1, 3650]) {
      const data = await search({ query: word, languageCode: "en", maxAgeDays, pageSize: 100 });
      expect(texts(data.claims).sort(), String(maxAgeDays)).toEqual([...english].sort());
    }
  });

  it("filters by reviewPublisherSiteFilter: this site's reviews, none of another's", async () => {
    const site = (await search({ query: word, pageSize: 1 })).claims?.[0]?.claimReview?.[0]
      ?.publisher?.site;
    expect(site).toBeTruthy();
    for (const filter of [site, `www.${site}`, new URL(api).host]) {
      const data = await search({ query: word, reviewPublisherSiteFilter: filter, pageSize: 100 });
      expect(texts(data.claims).sort(), filter).toEqual([...english, ...spanish].sort());
    }
    expect(await search({ query: word, reviewPublisherSiteFilter: "example.org" })).toEqual({});
    // The site filter alone (no query) lists rated claims, newest first.
    const listed = await search({
      reviewPublisherSiteFilter: site,
      languageCode: "es",
      pageSize: 5,
    });
    expect(listed.claims?.length).toBeGreaterThan(0);
    for (const claim of listed.claims ?? [])
      expect(claim.claimReview?.[0]?.textualRating).toMatch(/^(Confirmed|Disputed|Refuted)$/);
  });

  it("rejects what Google's API rejects with a 4xx the client raises", async () => {
    for (const params of [{ languageCode: "en" }, { query: word, languageCode: "e" }]) {
      const error = await client.claims.search(params).then(
        () => null,
        (e: { status?: number }) => e,
      );
      expect(error?.status, JSON.stringify(params)).toBe(400);
    }
  });

  it("never left loopback", () => {
    expect(requested.length).toBeGreaterThan(20);
    expect(requested.filter((url) => url.hostname !== "127.0.0.1")).toEqual([]);
    // Each request carried the dummy API key the way Google's clients send one.
    expect(requested.every((url) => url.searchParams.get("key") === "dummy-api-key")).toBe(true);
  });
});
