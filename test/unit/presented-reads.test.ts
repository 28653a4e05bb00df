import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ftsQuery, listClaimsQuery } from "../../src/claims/queries";
import {
  listPresentedClaims,
  presentedArticleClaims,
  presentedClaimQuery,
  presentedClaimsOfArticleQuery,
  presentedClaimsQuery,
  presentRow,
  readPresentedClaim,
} from "../../src/claims/reads";
import { byReadingOrder } from "../../src/claims/records";
import { rankedSearch } from "../../src/claims/search";
import { renderStatement, runBatch, type Statement } from "../../src/db/batch";
import { database } from "../../src/db/client";
import { presentClaims } from "../../src/matching/summary";
import { matchingClaimsStatement } from "../../src/middleware/edge-cache";

const db = database(env.DB);

/**
 * An article whose first claim has matches of every kind: unrated but best-scoring, two rated
 * ones tied on score (the smaller id wins), a rated one with a reviewer, and a lower-scoring one;
 * the matched claims sit in another article. Rows are written straight to D1.
 */
async function seed(tag: string) {
  const article = `art_reads_${tag}`;
  const other = `art_reads_${tag}_other`;
  const claim = (suffix: string) => `clm_reads_${tag}_${suffix}`;
  const rows: [string, string, string, string | null, string | null][] = [
    [claim("a"), article, "unverified", null, null],
    [claim("b"), article, "under_review", null, null],
    [claim("c"), article, "unverified", null, null],
    [claim("m1"), other, "unverified", null, null],
    [claim("m3"), other, "refuted", "Ada Fact", "NO"],
    [claim("m2"), other, "confirmed", null, null],
    [claim("m4"), other, "disputed", "Bea Check", null],
  ];
  const statements = [
    ...[article, other].map((id) =>
      env.DB.prepare(
        "INSERT INTO articles (id, url, canonical_url, title, body, submitted_by) VALUES (?, ?, ?, 't', 'b', 'test')",
      ).bind(id, `https://reads.example.org/${id}`, `https://reads.example.org/${id}`),
    ),
    ...rows.map(([id, articleId, status, reviewer, country]) =>
      env.DB.prepare(
        "INSERT INTO claims (id, article_id, text, checkworthiness, status, reviewer_name, reviewer_country, origin) VALUES (?, ?, ?, 0.5, ?, ?, ?, 'submitted')",
      ).bind(id, articleId, `text of ${id}`, status, reviewer, country),
    ),
    ...(
      [
        ["a", "m1", 0.95],
        ["a", "m3", 0.8],
        ["a", "m2", 0.8],
        ["a", "m4", 0.4],
        ["b", "m4", 0.7],
        ["b", "m1", 0.9],
      ] as const
    ).map(([from, to, score]) =>
      env.DB.prepare(
        "INSERT INTO claim_matches (claim_id, matched_claim_id, score) VALUES (?, ?, ?)",
      ).bind(claim(from), claim(to), score),
    ),
  ];
  await env.DB.batch(statements);
  return { article, claim };
}

describe("claims read with their match summaries in one statement", () => {
  it("show what presentClaims shows after the claims' own read", async () => {
    const { article, claim } = await seed("same");
    const listed = await listPresentedClaims(env.DB, { articleId: article }, { limit: 10 });
    const rows = await listClaimsQuery(db, { articleId: article }, { limit: 10 });
    expect(listed).toEqual(await presentClaims(db, rows));
    expect(listed.map((c) => c.id)).toEqual([claim("c"), claim("b"), claim("a")]);

    for (const row of rows) {
      const [expected] = await presentClaims(db, [row]);
      expect(await readPresentedClaim(env.DB, row.id)).toEqual(expected);
    }

    // A ranked search page reads them too.
    const found = await rankedSearch(
      db,
      ftsQuery("reads same") ?? "",
      { articleId: article },
      {
        limit: 10,
      },
    );
    const byId = new Map((await presentClaims(db, rows)).map((c) => [c.id, c]));
    expect(found).toHaveLength(3);
    for (const { row } of found) expect(presentRow(row)).toEqual(byId.get(row.id));

    // In a batch, in reading order, as the article routes read them.
    const [result] = await runBatch(env.DB.withSession("first-primary"), [
      presentedClaimsOfArticleQuery(db, article),
    ]);
    expect(presentedArticleClaims(result)).toEqual(
      await presentClaims(
        db,
        [...rows].sort((a, b) => a.id.localeCompare(b.id)).sort(byReadingOrder),
      ),
    );
  });

  it("count every match, and name the best-scoring rated one (the smaller id of a tie)", async () => {
    const { claim } = await seed("summary");
    const a = await readPresentedClaim(env.DB, claim("a"));
    expect(a?.match_count).toBe(4);
    expect(a?.already_checked).toEqual({
      claim_id: claim("m2"),
      status: "confirmed",
      status_label: "Confirmed",
      reviewer: null,
    });
    const b = await readPresentedClaim(env.DB, claim("b"));
    expect(b?.match_count).toBe(2);
    expect(b?.already_checked).toEqual({
      claim_id: claim("m4"),
      status: "disputed",
      status_label: "Disputed",
      reviewer: { name: "Bea Check", country: null },
    });
    const c = await readPresentedClaim(env.DB, claim("c"));
    expect(c).toMatchObject({ match_count: 0, already_checked: null });
  });

  it("bind each request's values to the statement rendered once for its filters", async () => {
    const { article, claim } = await seed("shapes");
    // Lists of several shapes, each asked twice with other values, in one isolate: every answer
    // is what drizzle's own query for those values reads.
    const asks: [Parameters<typeof listClaimsQuery>[1], { afterId?: string; limit: number }][] = [
      [{ articleId: article }, { limit: 10 }],
      [{ articleId: `${article}_other` }, { limit: 10 }],
      [{ articleId: article, status: "under_review" }, { limit: 10 }],
      [{ articleId: `${article}_other`, status: "refuted" }, { limit: 10 }],
      [{ articleId: `${article}_other`, status: ["refuted", "confirmed"] }, { limit: 10 }],
      [{ articleId: `${article}_other`, status: ["disputed", "unverified"] }, { limit: 10 }],
      [{ articleId: article }, { afterId: claim("c"), limit: 1 }],
      [{ articleId: article }, { afterId: claim("b"), limit: 5 }],
      [{ reviewer: "ada fact" }, { limit: 10 }],
      [{ reviewer: "BEA CHECK" }, { limit: 10 }],
    ];
    for (const [filters, page] of asks) {
      const expected = await presentClaims(db, await listClaimsQuery(db, filters, page));
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(await listPresentedClaims(env.DB, filters, page), JSON.stringify(filters)).toEqual(
        expected,
      );
    }
  });

  it("answer null for a claim that does not exist", async () => {
    expect(await readPresentedClaim(env.DB, "clm_reads_nothing")).toBeNull();
  });
});

describe("their query plans", () => {
  /** EXPLAIN QUERY PLAN's rows, each with the details of the nodes above it. */
  async function plan(query: Statement) {
    const { sql, params } = renderStatement(query);
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...params)
      .all<{ id: number; parent: number; detail: string }>();
    const byId = new Map(results.map((row) => [row.id, row]));
    return results.map((row) => {
      const above: string[] = [];
      for (let p = byId.get(row.parent); p; p = byId.get(p.parent)) above.push(p.detail);
      return { detail: row.detail, above };
    });
  }

  it.each([
    ["one claim", presentedClaimQuery("clm_x")],
    ["a page", presentedClaimsQuery({}, { limit: 21 })],
    ["a page by status", presentedClaimsQuery({ status: "unverified" }, { limit: 21 })],
    [
      "the next page of an article's",
      presentedClaimsQuery({ articleId: "art_x" }, { afterId: "clm_x", limit: 101 }),
    ],
    ["an article's, in a batch", presentedClaimsOfArticleQuery(db, "art_x")],
  ])("%s: every table, the subqueries' included, through an index", async (_, query) => {
    const rows = await plan(query);
    const details = rows.map((r) => r.detail);
    const all = details.join(" | ");
    // The claims, their matches (m, once per subquery) and the matched claims (r).
    expect(
      details.filter((d) => /^SEARCH m USING (COVERING )?INDEX/.test(d)),
      all,
    ).toHaveLength(2);
    expect(
      details.some((d) => /^SEARCH r USING (COVERING )?INDEX/.test(d)),
      all,
    ).toBe(true);
    const scans = details.filter((d) => /^SCAN /.test(d) && !/USING (COVERING )?INDEX/.test(d));
    expect(scans, all).toEqual([]);
    // The page itself comes in index order; only one claim's matches are ever sorted.
    const sorts = rows.filter((r) => /TEMP B-TREE/.test(r.detail));
    for (const sort of sorts) {
      expect(
        sort.above.some((d) => /CORRELATED SCALAR SUBQUERY/.test(d)),
        all,
      ).toBe(true);
    }
  });

  it("the claims whose summaries can name a changed claim: by the index on matched_claim_id", async () => {
    const details = (await plan(matchingClaimsStatement("clm_x"))).map((r) => r.detail);
    const all = details.join(" | ");
    expect(details, all).toContainEqual(
      expect.stringMatching(/^SEARCH m USING COVERING INDEX claim_matches_matched_idx/),
    );
    expect(details, all).toContainEqual(expect.stringMatching(/^SEARCH c USING INDEX/));
    expect(
      details.filter((d) => /^SCAN /.test(d)),
      all,
    ).toEqual([]);
  });
});
