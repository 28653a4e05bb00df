import { asc, desc, eq, getTableColumns, type Placeholder, type SQL, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/sqlite-core";
import { selectedRows } from "../db/batch";
import { type Bindable, Binding, PreparedStatements } from "../db/prepared";
import { claims } from "../db/schema";
import type { Database } from "../env";
import type { MatchSummary, PresentedClaim } from "../matching/summary";
import { type ClaimFilters, isOneStatus, newestFirstWhere } from "./queries";
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

/** SQL only: the hot reads are rendered once (src/db/prepared.ts) and run on the request's session. */
const queries = new QueryBuilder();
const prepared = new PreparedStatements();

/** The query behind {@link readPresentedClaim} (`id` may be a placeholder), for its query plan. */
export function presentedClaimQuery(id: Bindable<string>) {
  return queries.select(presentedColumns).from(claims).where(eq(claims.id, id));
}

/**
 * One claim as the API shows it, with its match summary, in one statement; null if there is none.
 * The statement's SQL is rendered once per isolate.
 */
export async function readPresentedClaim(
  d1: D1Database | D1DatabaseSession,
  id: string,
): Promise<PresentedClaim | null> {
  const result = await prepared
    .bind(d1, "claim", () => presentedClaimQuery(sql.placeholder("id")), { id })
    .all();
  const [row] = presentedRows(result);
  return row ? presentRow(row) : null;
}

/** The query behind {@link listPresentedClaims} (any value may be a placeholder), for its query plan. */
export function presentedClaimsQuery(
  filters: ClaimFilters,
  page: { afterId?: Bindable<string>; limit: Bindable<number> },
) {
  return queries
    .select(presentedColumns)
    .from(claims)
    .where(newestFirstWhere(filters, page.afterId))
    .orderBy(desc(claims.id))
    .limit(page.limit);
}

/**
 * Newest claims first, by keyset on the id, as the API shows them: the rows `listClaimsQuery`
 * reads, each with its match summary, in one statement, whose SQL is rendered once per isolate
 * for each combination of filters.
 */
export async function listPresentedClaims(
  d1: D1Database | D1DatabaseSession,
  filters: ClaimFilters,
  page: { afterId?: string; limit: number },
): Promise<PresentedClaim[]> {
  const binding = new Binding();
  const { status } = filters;
  const slotted: ClaimFilters = {
    status:
      status === undefined || isOneStatus(status)
        ? slotOf(binding, "status", status)
        : status.map((one, i) => slotOf(binding, `status.${i}`, one)),
    claimant: slotOf(binding, "claimant", filters.claimant),
    claimantAlias: slotOf(binding, "claimantAlias", filters.claimantAlias),
    reviewer: slotOf(binding, "reviewer", filters.reviewer),
    articleId: slotOf(binding, "articleId", filters.articleId),
    language: slotOf(binding, "language", filters.language),
    updatedSince: slotOf(binding, "updatedSince", filters.updatedSince),
    changedOrPublishedSince: slotOf(
      binding,
      "changedOrPublishedSince",
      filters.changedOrPublishedSince,
    ),
  };
  const slottedPage = {
    afterId: binding.slot("afterId", page.afterId),
    limit: binding.slot("limit", page.limit),
  };
  const result = await prepared
    .bind(
      d1,
      `list:${binding.shape}`,
      () => presentedClaimsQuery(slotted, slottedPage),
      binding.values,
    )
    .all();
  return presentedRows(result).map(presentRow);
}

/** A filter's placeholder, or the filter as given when it is one already. */
function slotOf(binding: Binding, name: string, value: Bindable<string>): Placeholder;
function slotOf(
  binding: Binding,
  name: string,
  value: Bindable<string> | undefined,
): Placeholder | undefined;
function slotOf(binding: Binding, name: string, value: Bindable<string> | undefined) {
  return typeof value === "string" ? binding.slot(name, value) : value;
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
  return presentedRows(result).sort(byReadingOrder).map(presentRow);
}

/** The rows of a statement that selects {@link presentedColumns}, mapped as drizzle maps them. */
function presentedRows(result: D1Result | undefined): PresentedRow[] {
  const raw = (result?.results ?? []) as Record<string, unknown>[];
  return selectedRows(claims, result).map((row, i) => ({
    ...row,
    matchCount: Number(raw[i]?.match_count ?? 0),
    bestRated: (raw[i]?.best_rated as string | null | undefined) ?? null,
  }));
}
