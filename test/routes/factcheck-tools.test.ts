import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ADMIN, call, json, seedArticle, setStatus } from "../helpers";

/**
 * The response of Google's Fact Check Tools API `claims:search`, as its reference
 * documents it (v1alpha1): `claims[]` of Claim {text, claimant, claimDate,
 * claimReview[] of ClaimReview {publisher {name, site}, url, title, reviewDate,
 * textualRating, languageCode}} and `nextPageToken`. Timestamps are RFC 3339.
 */
const rfc3339 = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
const GoogleClaimReview = z.strictObject({
  publisher: z.strictObject({ name: z.string(), site: z.string() }),
  url: z.string().url(),
  title: z.string(),
  reviewDate: rfc3339,
  textualRating: z.string(),
  languageCode: z.string().optional(),
});
const GoogleClaim = z.strictObject({
  text: z.string(),
  claimant: z.string().optional(),
  claimDate: rfc3339.optional(),
  claimReview: z.array(GoogleClaimReview),
});
const GoogleSearchResponse = z.strictObject({
  claims: z.array(GoogleClaim).optional(),
  nextPageToken: z.string().optional(),
});

const ENGLISH =
  "The transport ministry said on Tuesday that the new bridge would open to traffic next spring, " +
  "although engineers warned that the budget had already doubled.";
const SPANISH =
  "El ministerio de transporte dijo el martes que el nuevo puente se abriría al tráfico la próxima " +
  "primavera, aunque los ingenieros advirtieron que el presupuesto ya se había duplicado.";

async function search(query: string) {
  const res = await call("GET", `/v1alpha1/claims:search?${query}`);
  expect(res.status).toBe(200);
  const body = await json(res);
  return GoogleSearchResponse.parse(body);
}

async function rated(
  word: string,
  language: string | undefined,
  statuses: string[],
  body?: string,
) {
  const article = await seedArticle(ADMIN, {
    ...(language ? { language } : {}),
    ...(body ? { body } : {}),
    published_at: "2026-10-05T12:00:00Z",
    claims: statuses.map((_, i) => ({
      text: `The ${word} tunnel cost ${i + 1} billion`,
      claimant: "Transport minister",
    })),
  });
  for (const [i, status] of statuses.entries()) {
    await setStatus(article.claims[i]?.id ?? "", { status });
  }
  return article;
}

describe("GET /v1alpha1/claims:search (Google Fact Check Tools compatible)", () => {
  it("answers in Google's shape with the rated claims that match", async () => {
    const word = `tunnel${crypto
      .randomUUID()
      .replace(/[^a-z]/g, "")
      .slice(0, 8)}`;
    await rated(word, "en-GB", ["refuted", "confirmed", "unverified"]);
    const body = await search(`query=${word}&languageCode=en`);
    expect(body.claims).toHaveLength(2);
    const ratings = body.claims?.map((c) => c.claimReview[0]?.textualRating).sort();
    expect(ratings).toEqual(["Confirmed", "Refuted"]);
    const first = body.claims?.[0];
    expect(first?.claimant).toBe("Transport minister");
    expect(first?.claimDate).toBe("2026-10-05T12:00:00.000Z");
    expect(first?.claimReview[0]).toMatchObject({
      publisher: { name: "Claimtrail", site: "claimtrail.test" },
      languageCode: "en-GB",
    });
  });

  it("pages with pageSize and nextPageToken, and honours offset", async () => {
    const word = `viaduct${crypto
      .randomUUID()
      .replace(/[^a-z]/g, "")
      .slice(0, 8)}`;
    await rated(word, "en", ["refuted", "disputed", "confirmed"]);
    const first = await search(`query=${word}&pageSize=2`);
    expect(first.claims).toHaveLength(2);
    expect(first.nextPageToken).toBeTruthy();
    const second = await search(`query=${word}&pageSize=2&pageToken=${first.nextPageToken}`);
    expect(second.claims).toHaveLength(1);
    expect(second.nextPageToken).toBeUndefined();
    const texts = [...(first.claims ?? []), ...(second.claims ?? [])].map((c) => c.text);
    expect(new Set(texts).size).toBe(3);
    // 0 is unset in Google's API (proto3): the default page of 10.
    expect((await search(`query=${word}&pageSize=0`)).claims).toHaveLength(3);
    const skipped = await search(`query=${word}&pageSize=10&offset=2`);
    expect(skipped.claims?.map((c) => c.text)).toEqual([texts[2]]);
  });

  it("filters by language, publisher site and age the way Google's API does", async () => {
    const word = `ferry${crypto
      .randomUUID()
      .replace(/[^a-z]/g, "")
      .slice(0, 8)}`;
    await rated(word, "es", ["refuted"]);
    expect((await search(`query=${word}&languageCode=en`)).claims).toBeUndefined();
    expect((await search(`query=${word}&languageCode=es`)).claims).toHaveLength(1);
    expect(
      (await search(`query=${word}&reviewPublisherSiteFilter=politifact.com`)).claims,
    ).toBeUndefined();
    expect(
      (await search(`query=${word}&reviewPublisherSiteFilter=claimtrail.test`)).claims,
    ).toHaveLength(1);
    expect((await search(`query=${word}&maxAgeDays=1`)).claims).toHaveLength(1);
    // Google's clients send their API key as `key`: accepted and ignored.
    expect((await search(`query=${word}&key=AIzaDummy`)).claims).toHaveLength(1);
  });

  it("filters by the language detected in articles submitted without one, keeping those it cannot tell", async () => {
    const word = `bridge${crypto
      .randomUUID()
      .replace(/[^a-z]/g, "")
      .slice(0, 8)}`;
    const english = await rated(word, undefined, ["refuted"], ENGLISH);
    const spanish = await rated(word, undefined, ["disputed"], SPANISH);
    const untold = await rated(word, undefined, ["confirmed"], "12 345 678 — 9 % / 2026-11-20");
    const languages = await Promise.all(
      [english, spanish, untold].map(async (a) => {
        const res = await call("GET", `/v1/articles/${a.id}`);
        return (await json<{ language: string | null }>(res)).language;
      }),
    );
    expect(languages).toEqual(["en", "es", null]);
    const inEnglish = await search(`query=${word}&languageCode=en`);
    expect(inEnglish.claims?.map((c) => c.claimReview[0]?.textualRating).sort()).toEqual([
      "Confirmed",
      "Refuted",
    ]);
    const review = inEnglish.claims?.find((c) => c.claimReview[0]?.textualRating === "Refuted");
    expect(review?.claimReview[0]?.languageCode).toBe("en");
    const untoldReview = inEnglish.claims?.find(
      (c) => c.claimReview[0]?.textualRating === "Confirmed",
    );
    expect(untoldReview?.claimReview[0]).not.toHaveProperty("languageCode");
    const inSpanish = await search(`query=${word}&languageCode=es`);
    expect(inSpanish.claims?.map((c) => c.claimReview[0]?.textualRating).sort()).toEqual([
      "Confirmed",
      "Disputed",
    ]);
  });

  it("does not consider the region of languageCode, as Google's reference says", async () => {
    const word = `canal${crypto
      .randomUUID()
      .replace(/[^a-z]/g, "")
      .slice(0, 8)}`;
    await rated(word, "en", ["refuted"]);
    await rated(word, "en-GB", ["disputed"]);
    await rated(word, "es", ["confirmed"]);
    for (const code of ["en-US", "en", "EN-gb"]) {
      const found = await search(`query=${word}&languageCode=${code}`);
      expect(found.claims?.map((c) => c.claimReview[0]?.textualRating).sort(), code).toEqual([
        "Disputed",
        "Refuted",
      ]);
    }
    const latin = await search(`query=${word}&languageCode=sr-Latn-RS`);
    expect(latin.claims).toBeUndefined();
  });

  it("stores a language in its canonical case and filters by it in any case", async () => {
    const word = `weir${crypto
      .randomUUID()
      .replace(/[^a-z]/g, "")
      .slice(0, 8)}`;
    const upper = await rated(word, "EN", ["refuted"]);
    const mixed = await rated(word, "en-us", ["disputed"]);
    const latin = await rated(word, "SR-latn-rs", ["confirmed"]);
    const languageOf = async (id: string) =>
      (await json<{ language: string | null }>(await call("GET", `/v1/articles/${id}`))).language;
    expect(await Promise.all([upper, mixed, latin].map((a) => languageOf(a.id)))).toEqual([
      "en",
      "en-US",
      "sr-Latn-RS",
    ]);
    const byRating = (found: Awaited<ReturnType<typeof search>>) =>
      Object.fromEntries(
        (found.claims ?? []).map((c) => [
          c.claimReview[0]?.textualRating,
          c.claimReview[0]?.languageCode,
        ]),
      );
    for (const code of ["en", "EN-GB", "en-US"]) {
      expect(byRating(await search(`query=${word}&languageCode=${code}`)), code).toEqual({
        Refuted: "en",
        Disputed: "en-US",
      });
    }
    expect(byRating(await search(`query=${word}&languageCode=sr-LATN`))).toEqual({
      Confirmed: "sr-Latn-RS",
    });
  });

  it("shows and matches a language stored before tags were canonical (as sent) the same", async () => {
    const word = `sluice${crypto
      .randomUUID()
      .replace(/[^a-z]/g, "")
      .slice(0, 8)}`;
    const legacy = await rated(word, "en-GB", ["refuted"]);
    await env.DB.prepare("UPDATE articles SET language = 'EN-gb' WHERE id = ?")
      .bind(legacy.id)
      .run();
    const found = await search(`query=${word}&languageCode=en-us`);
    expect(found.claims?.map((c) => c.claimReview[0]?.languageCode)).toEqual(["en-GB"]);
    const res = await call("GET", `/v1/articles/${legacy.id}`);
    expect((await json<{ language: string | null }>(res)).language).toBe("en-GB");
  });

  it("ages a claim by its claim date or its review date, whichever is newer (maxAgeDays)", async () => {
    const word = `lock${crypto
      .randomUUID()
      .replace(/[^a-z]/g, "")
      .slice(0, 8)}`;
    const recent = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const old = await seedArticle(ADMIN, {
      published_at: "2019-06-01T00:00:00Z",
      claims: [{ text: `The ${word} weir cost 3 billion` }],
    });
    await setStatus(old.claims[0]?.id ?? "", { status: "refuted" });
    const published = await seedArticle(ADMIN, {
      published_at: recent,
      claims: [{ text: `The ${word} gate cost 9 billion` }],
    });
    await setStatus(published.claims[0]?.id ?? "", { status: "disputed" });
    // Both reviews made long ago: one claim is still recent by its article's date.
    await env.DB.prepare(
      "UPDATE claims SET updated_at = '2020-01-01T00:00:00.000Z' WHERE id IN (?, ?)",
    )
      .bind(old.claims[0]?.id, published.claims[0]?.id)
      .run();
    const found = await search(`query=${word}&maxAgeDays=7`);
    expect(found.claims?.map((c) => c.claimReview[0]?.textualRating)).toEqual(["Disputed"]);
    expect(found.claims?.[0]?.claimDate).toBe(new Date(recent).toISOString());
    expect((await search(`query=${word}&maxAgeDays=0`)).claims).toHaveLength(2);
  });

  it("needs query or reviewPublisherSiteFilter, like Google's API", async () => {
    const res = await call("GET", "/v1alpha1/claims:search?languageCode=en");
    expect(res.status).toBe(400);
    expect((await json<{ errors: { field: string }[] }>(res)).errors[0]?.field).toBe("query");
    const bySite = await search("reviewPublisherSiteFilter=claimtrail.test&pageSize=1");
    expect(bySite.claims).toHaveLength(1);
  });

  it("names its site as Google does (no www, no port) and matches the filter by either form", async () => {
    const word = `quay${crypto
      .randomUUID()
      .replace(/[^a-z]/g, "")
      .slice(0, 8)}`;
    await rated(word, "en", ["refuted"]);
    const at = async (origin: string, query: string) => {
      const res = await exports.default.fetch(
        new Request(`${origin}/v1alpha1/claims:search?${query}`),
      );
      expect(res.status).toBe(200);
      return GoogleSearchResponse.parse(await json(res));
    };
    const origin = "http://www.claimtrail.test:8443";
    const found = await at(origin, `query=${word}`);
    expect(found.claims?.[0]?.claimReview[0]?.publisher.site).toBe("claimtrail.test");
    for (const filter of ["claimtrail.test", "www.claimtrail.test", "claimtrail.test:8443"])
      expect(
        (await at(origin, `query=${word}&reviewPublisherSiteFilter=${filter}`)).claims,
        filter,
      ).toHaveLength(1);
    for (const filter of ["claimtrail.test:9999", "other.test"])
      expect(await at(origin, `query=${word}&reviewPublisherSiteFilter=${filter}`), filter).toEqual(
        {},
      );
  });

  it("cuts a long claim's review title at a word, with an ellipsis", async () => {
    const word = `pier${crypto
      .randomUUID()
      .replace(/[^a-z]/g, "")
      .slice(0, 8)}`;
    const text = `The ${word} harbour authority spent ${"considerably more than ".repeat(6)}it had announced in the spring budget`;
    const article = await seedArticle(ADMIN, { language: "en", claims: [{ text }] });
    await setStatus(article.claims[0]?.id ?? "", { status: "disputed" });
    const title = (await search(`query=${word}`)).claims?.[0]?.claimReview[0]?.title ?? "";
    expect(text.length).toBeGreaterThan(120);
    expect(title).toMatch(/^Disputed: The .+[a-z]…$/);
    const kept = title.slice("Disputed: ".length, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(120);
    // The cut falls between words: what follows it in the claim is a space.
    expect(text[kept.length]).toBe(" ");
  });
});
