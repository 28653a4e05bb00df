import { asc, desc, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import { selectedRows } from "../db/batch";
import { claims } from "../db/schema";
import type { Database } from "../env";
import type { MatchSummary, PresentedClaim } from "../matching/summary";
import { type ClaimFilters, newestFirstWhere } from "./queries";
import { byReadingOrder, presentClaim } from "./records";
import { type ClaimStatus, statusLabel } from "./status";

/**
 * A claim's match summary, as two columns of correlated subqueries on the `claims` row a query
 * selects (under its own name, not an alias): the number of its matches, and its best-scoring
 * match that has been rated (`[id, status, reviewer name, reviewer country]` as JSON). The same
 * summary `matchSummaries` (src/matching/summary.ts) reads in two statements after the claims;
 * here the claims and their summaries are one statement, one D1 round trip, which the uncached
 * reads of a claim, of a list or of a search cannot afford twice. Both subqueries walk
 * `claim_matches_score_idx` (claim_id, score) and the claims' primary key.
 */
export const summaryColumns = {
  matchCount:
    sql<number>`(SELECT count(*) FROM claim_matches m WHERE m.claim_id = ${claims}.id)`.as(
      "match_count",
    ),
  bestRated: sql<
    string | null
  >`(SELECT json_array(r.id, r.status, r.reviewer_name, r.reviewer_country)
    FROM claim_matches m JOIN claims r ON r.id = m.matched_claim_id
    WHERE m.claim_id = ${claims}.id AND r.status <> 'unverified'
    ORDER BY m.score DESC, r.id LIMIT 1)`.as("best_rated"),
};

const presentedColumns = { ...getTableColumns(claims), ...summaryColumns };

type PresentedRow = typeof claims.$inferSelect & { matchCount: number; bestRated: string | null };

/** A row read with {@link summaryColumns}, as the API shows the claim. */
export function presentRow({ matchCount, bestRated, ...row }: PresentedRow): PresentedClaim {
  return { ...presentClaim(row), ...summaryOf(matchCount, bestRated) };
}

function summaryOf(matchCount: number, bestRated: string | null): MatchSummary {
  if (bestRated === null) return { match_count: matchCount, already_checked: null };
  const [claimId, status, reviewerName, reviewerCountry] = JSON.parse(bestRated) as [
    string,
    ClaimStatus,
    string | null,
    string | null,
  ];
  const reviewer = reviewerName ? { name: reviewerName, country: reviewerCountry } : null;
  return {
    match_count: matchCount,
    already_checked: {
      claim_id: claimId,
      status,
      status_label: statusLabel(status, reviewer),
      reviewer,
    },
  };
}

/** The query behind {@link readPresentedClaim}, for its query plan. */
export function presentedClaimQuery(db: Database, id: string) {
  return db.select(presentedColumns).from(claims).where(eq(claims.id, id));
}

/** One claim as the API shows it, with its match summary, in one statement; null if there is none. */
export async function readPresentedClaim(db: Database, id: string): Promise<PresentedClaim | null> {
  const [row] = await presentedClaimQuery(db, id);
  return row ? presentRow(row) : null;
}

/** The query behind {@link listPresentedClaims}, for its query plan. */
export function presentedClaimsQuery(
  db: Database,
  filters: ClaimFilters,
  page: { afterId?: string; limit: number },
) {
  return db
    .select(presentedColumns)
    .from(claims)
    .where(newestFirstWhere(filters, page.afterId))
    .orderBy(desc(claims.id))
    .limit(page.limit);
}

/**
 * Newest claims first, by keyset on the id, as the API shows them: the rows `listClaimsQuery`
 * reads, each with its match summary, in one statement.
 */
export async function listPresentedClaims(
  db: Database,
  filters: ClaimFilters,
  page: { afterId?: string; limit: number },
): Promise<PresentedClaim[]> {
  return (await presentedClaimsQuery(db, filters, page)).map(presentRow);
}

/**
 * The claims of an article, with their match summaries, as a statement for a batch (`articleId`
 * may be an SQL expression, for an article the same batch writes); {@link presentedArticleClaims}
 * turns its result into the claims as the API shows them.
 */
export function presentedClaimsOfArticleQuery(db: Database, articleId: string | SQL) {
  return db
    .select(presentedColumns)
    .from(claims)
    .where(eq(claims.articleId, articleId))
    .orderBy(asc(claims.id));
}

/**
 * An article's claims as the API shows them, in reading order (the title's, then by where they
 * sit in the body), from the batch result of {@link presentedClaimsOfArticleQuery}.
 */
export function presentedArticleClaims(result: D1Result | undefined): PresentedClaim[] {
  const raw = (result?.results ?? []) as Record<string, unknown>[];
  const rows: PresentedRow[] = selectedRows(claims, result).map((row, i) => ({
    ...row,
    matchCount: Number(raw[i]?.match_count ?? 0),
    bestRated: (raw[i]?.best_rated as string | null | undefined) ?? null,
  }));
  return rows.sort(byReadingOrder).map(presentRow);
}
