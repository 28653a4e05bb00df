import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { SEARCH_WINDOW } from "../../src/claims/search";
import { ADMIN, call, json, seedArticle } from "../helpers";

const COMMON = SEARCH_WINDOW + 57;

/** `count` claims of `article` with `text(i)` as text, in insertion (rowid) order. */
async function insertClaims(articleId: string, prefix: string, count: number, text: string) {
  await env.DB.prepare(
    `INSERT INTO claims (id, article_id, text, checkworthiness, status, origin)
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     SELECT ? || printf('%06d', i), ?, ${text}, 0.5, 'unverified', 'submitted' FROM n`,
  )
    .bind(count, prefix, articleId)
    .run();
}

async function search(q: string, cursor?: string, filters = "") {
  const res = await call(
    "GET",
    `/v1/claims?q=${encodeURIComponent(q)}&limit=100${filters}${cursor ? `&cursor=${cursor}` : ""}`,
  );
  expect(res.status).toBe(200);
  return json<{ data: { id: string; text: string }[]; next_cursor: string | null }>(res);
}

describe("ranked search over more matches than its window", () => {
  it("a rare word's best match comes first, however many newer claims there are", async () => {
    const article = await seedArticle(ADMIN);
    await insertClaims(article.id, "clm_rare_a_", 3, "'the quasarrare figure was ' || i");
    await insertClaims(
      article.id,
      "clm_rare_b_",
      1,
      "'quasarrare quasarrare quasarrare, said the quasarrare office'",
    );
    await insertClaims(article.id, "clm_rare_c_", COMMON, "'a filler claim about tides ' || i");
    const page = await search("quasarrare");
    expect(page.data.map((c) => c.id)[0]).toBe("clm_rare_b_000001");
    expect(page.data).toHaveLength(4);
  });

  it("pages through every match of a common word once: the newest window first, then the rest", async () => {
    const article = await seedArticle(ADMIN);
    // Every 50th claim says the word three times: the strongest matches, spread over all ages.
    await insertClaims(
      article.id,
      "clm_common_",
      COMMON,
      "CASE WHEN i % 50 = 0 THEN 'zephyrword zephyrword zephyrword ' || i ELSE 'the zephyrword count ' || i END",
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await search("zephyrword", cursor);
      seen.push(...page.data.map((c) => c.id));
      cursor = page.next_cursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 30);
    expect(new Set(seen).size).toBe(COMMON);
    expect(seen).toHaveLength(COMMON);
    // The window is the newest SEARCH_WINDOW matches; its strongest lead the first page.
    const first = await search("zephyrword");
    const strongest = first.data.filter((c) => c.text.startsWith("zephyrword zephyrword"));
    expect(first.data.slice(0, strongest.length)).toEqual(strongest);
    const newestStrong = Math.floor(COMMON / 50);
    expect(strongest.map((c) => c.id)).toContain(
      `clm_common_${String(newestStrong * 50).padStart(6, "0")}`,
    );
    // The oldest matches (outside the window) come only after the window's.
    const oldest = `clm_common_${String(1).padStart(6, "0")}`;
    expect(seen.indexOf(oldest)).toBeGreaterThanOrEqual(SEARCH_WINDOW);
  });

  it("with a filter, pages through every match it keeps once, the window's first", async () => {
    const article = await seedArticle(ADMIN);
    await insertClaims(
      article.id,
      "clm_filtered_",
      COMMON,
      "CASE WHEN i % 50 = 0 THEN 'xylofilter xylofilter xylofilter ' || i ELSE 'the xylofilter count ' || i END",
    );
    // One match in five is refuted, the strongest ones among them.
    await env.DB.prepare(
      "UPDATE claims SET status = 'refuted' WHERE id LIKE 'clm_filtered_%' AND CAST(substr(id, 14) AS INTEGER) % 5 = 0",
    ).run();
    const refuted = Math.floor(COMMON / 5);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await search("xylofilter", cursor, "&status=refuted");
      seen.push(...page.data.map((c) => c.id));
      cursor = page.next_cursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 30);
    expect(new Set(seen).size).toBe(refuted);
    expect(seen).toHaveLength(refuted);
    expect(seen.every((id) => Number(id.slice(13)) % 5 === 0)).toBe(true);
    // The window is the newest SEARCH_WINDOW matches of the word: its refuted ones come first,
    // the strongest leading, and the oldest refuted match only after them.
    const first = await search("xylofilter", undefined, "&status=refuted");
    const strongest = first.data.filter((c) => c.text.startsWith("xylofilter xylofilter"));
    expect(strongest.length).toBeGreaterThan(0);
    expect(first.data.slice(0, strongest.length)).toEqual(strongest);
    const inWindow = seen.filter((id) => Number(id.slice(13)) > COMMON - SEARCH_WINDOW);
    expect(seen.slice(0, inWindow.length).sort()).toEqual([...inWindow].sort());
  });

  it("takes a cursor from before the window (rank and id only)", async () => {
    const article = await seedArticle(ADMIN);
    await insertClaims(article.id, "clm_oldcur_", 5, "'the oldcursorword figure ' || i");
    const legacy = btoa(JSON.stringify({ rank: -100, id: "clm_" })).replace(/=+$/, "");
    const page = await search("oldcursorword", legacy);
    expect(page.data).toHaveLength(5);
  });
});
