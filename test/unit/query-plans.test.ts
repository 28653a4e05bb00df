import { env } from "cloudflare:test";
import { drizzle } from "drizzle-orm/d1";
import { describe, expect, it } from "vitest";
import {
  ftsQuery,
  listArticlesQuery,
  listClaimsByWorthinessQuery,
  listClaimsQuery,
  searchClaimsQuery,
} from "../../src/claims/queries";
import { tierQuery, windowFloorQuery } from "../../src/claims/search";
import * as schema from "../../src/db/schema";

const db = drizzle(env.DB, { schema });

async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string[]> {
  const { sql, params } = query.toSQL();
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  return results.map((row) => row.detail);
}

/** A full scan reads the whole table: "SCAN claims" without "USING ... INDEX". */
function fullScans(details: string[]): string[] {
  return details.filter(
    (d) => /^SCAN (claims|articles)\b/.test(d) && !/USING (COVERING )?INDEX/.test(d),
  );
}

const page = { limit: 21 };
const after = { afterId: "clm_01jf8x3k9q7c2m4n5p6r7s8t9v", limit: 21 };

describe("every list and search query uses an index", () => {
  it.each([
    ["all claims", listClaimsQuery(db, {}, page)],
    ["claims, next page", listClaimsQuery(db, {}, after)],
    ["claims by status", listClaimsQuery(db, { status: "under_review" }, after)],
    ["rated claims", listClaimsQuery(db, { status: ["confirmed", "disputed", "refuted"] }, page)],
    ["claims by claimant", listClaimsQuery(db, { claimant: "Saad al-Allaq" }, after)],
    [
      "claims by claimant, either spelling",
      listClaimsQuery(
        db,
        {
          claimant: "International Monetary Fund",
          claimantAlias: "International Monetary Fund (IMF)",
        },
        after,
      ),
    ],
    ["claims by reviewer", listClaimsQuery(db, { reviewer: "Turkish authorities" }, page)],
    ["claims of an article", listClaimsQuery(db, { articleId: "art_x" }, after)],
    [
      "claims by status and claimant",
      listClaimsQuery(db, { status: "refuted", claimant: "X" }, page),
    ],
    ["claims by language", listClaimsQuery(db, { language: "en", status: ["refuted"] }, page)],
    ["search", searchClaimsQuery(db, ftsQuery("isil leaders") ?? "", {}, page)],
    [
      "search, next page",
      searchClaimsQuery(
        db,
        ftsQuery("isil") ?? "",
        {},
        { limit: 21, after: { rank: -1.5, id: "clm_x" } },
      ),
    ],
    [
      "search with filters",
      searchClaimsQuery(
        db,
        ftsQuery("isil") ?? "",
        { status: "refuted", articleId: "art_x" },
        page,
      ),
    ],
    ["claims by check-worthiness (the desk)", listClaimsByWorthinessQuery(db, {}, page)],
    [
      "claims by check-worthiness, next page",
      listClaimsByWorthinessQuery(db, {}, { limit: 21, after: { w: 0.5, id: "clm_x" } }),
    ],
    [
      "open claims by check-worthiness",
      listClaimsByWorthinessQuery(db, { status: ["unverified", "under_review"] }, page),
    ],
    ["search window floor", windowFloorQuery(db, ftsQuery("isil") ?? "")],
    [
      "search within the window",
      tierQuery(db, ftsQuery("isil") ?? "", {}, { floor: 1000, older: false, limit: 21 }),
    ],
    [
      "search older than the window, next page",
      tierQuery(
        db,
        ftsQuery("isil") ?? "",
        { status: "refuted" },
        { floor: 1000, older: true, after: { rank: -1.5, id: "clm_x" }, limit: 21 },
      ),
    ],
    ["all articles", listArticlesQuery(db, {}, page)],
    ["articles by URL", listArticlesQuery(db, { canonicalUrl: "https://example.com/a" }, page)],
    ["articles by outlet", listArticlesQuery(db, { outlet: "Wire" }, after)],
  ])("%s", async (_, query) => {
    const details = await plan(query);
    expect(details.length).toBeGreaterThan(0);
    expect(fullScans(details), details.join(" | ")).toEqual([]);
  });
});
