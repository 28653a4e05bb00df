import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  lt,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { claimsFts } from "../db/fts";
import { type Bindable, isPlaceholder } from "../db/prepared";
import { articles, claims } from "../db/schema";
import type { Database } from "../env";
import { initialsOf, withoutAcronym } from "../extract/claimants/acronyms";
import type { ClaimStatus } from "./status";

/**
 * Filters shared by every claim list and search; they combine with AND. Each is a value, or a
 * placeholder for one in a statement rendered once and bound per request (src/db/prepared.ts).
 */
export interface ClaimFilters {
  status?: Bindable<ClaimStatus> | readonly Bindable<ClaimStatus>[];
  /** Claimant name, case-insensitive. */
  claimant?: Bindable<string>;
  /** The claimant's other spelling, also matched: with or without its short form (claimantAlias). */
  claimantAlias?: Bindable<string>;
  /** Reviewer name, case-insensitive. */
  reviewer?: Bindable<string>;
  articleId?: Bindable<string>;
  /** BCP 47 language of the article: "en" matches "en" and "en-GB". */
  language?: Bindable<string>;
  /** ISO timestamp: only claims changed since. */
  updatedSince?: Bindable<string>;
  /** ISO timestamp: only claims changed since, or whose article was published since. */
  changedOrPublishedSince?: Bindable<string>;
}

/**
 * The other spelling of a claimant name: extraction names an organisation the article also
 * calls by its acronym "International Monetary Fund (IMF)", so a filter by either form finds it.
 * "International Monetary Fund (IMF)" → "International Monetary Fund", "International Monetary
 * Fund" → "International Monetary Fund (IMF)"; undefined for a name of fewer than two
 * capitalised words.
 */
export function claimantAlias(name: string): string | undefined {
  const bare = withoutAcronym(name);
  if (bare) return bare;
  const initials = initialsOf(name);
  return initials.length >= 2 && initials.length <= 6 ? `${name.trim()} (${initials})` : undefined;
}

/** One status (or its placeholder) rather than a list of them. */
export function isOneStatus(
  status: Bindable<ClaimStatus> | readonly Bindable<ClaimStatus>[],
): status is Bindable<ClaimStatus> {
  return typeof status === "string" || isPlaceholder(status);
}

export function filterConditions(filters: ClaimFilters): (SQL | undefined)[] {
  const {
    status,
    claimant,
    claimantAlias,
    reviewer,
    articleId,
    language,
    updatedSince,
    changedOrPublishedSince,
  } = filters;
  return [
    status === undefined
      ? undefined
      : isOneStatus(status)
        ? eq(claims.status, status)
        : inArray(claims.status, [...status]),
    // lower(column) = lower(?) matches the expression indexes on these columns.
    claimant && claimantAlias
      ? sql`lower(${claims.claimantName}) IN (lower(${claimant}), lower(${claimantAlias}))`
      : claimant
        ? sql`lower(${claims.claimantName}) = lower(${claimant})`
        : undefined,
    reviewer ? sql`lower(${claims.reviewerName}) = lower(${reviewer})` : undefined,
    articleId ? eq(claims.articleId, articleId) : undefined,
    language
      ? // "en" matches "en" and "en-…": an index range instead of LIKE ('.' sorts right after '-').
        // An article whose language could not be told is kept: it may well be in this one.
        sql`${claims.articleId} IN (SELECT ${articles.id} FROM ${articles}
          WHERE lower(${articles.language}) IS NULL
             OR lower(${articles.language}) = lower(${language})
             OR (lower(${articles.language}) >= lower(${language}) || '-'
                 AND lower(${articles.language}) < lower(${language}) || '.'))`
      : undefined,
    updatedSince ? gte(claims.updatedAt, updatedSince) : undefined,
    changedOrPublishedSince
      ? // The article by its primary key, for each claim the scan reaches.
        sql`(${claims.updatedAt} >= ${changedOrPublishedSince} OR EXISTS (SELECT 1 FROM ${articles}
          WHERE ${articles.id} = ${claims.articleId} AND ${articles.publishedAt} >= ${changedOrPublishedSince}))`
      : undefined,
  ];
}

/** The claims a newest-first page shows: those that pass `filters`, older than `afterId`. */
export function newestFirstWhere(filters: ClaimFilters, afterId: Bindable<string> | undefined) {
  return and(...filterConditions(filters), afterId ? lt(claims.id, afterId) : undefined);
}

/** Newest claims first, by keyset on the id (ids sort by creation time). */
export function listClaimsQuery(
  db: Database,
  filters: ClaimFilters,
  page: { afterId?: string; limit: number },
) {
  return db
    .select()
    .from(claims)
    .where(newestFirstWhere(filters, page.afterId))
    .orderBy(desc(claims.id))
    .limit(page.limit);
}

/**
 * Turns free text into an FTS5 query of its words (all required), so no user
 * input is an FTS syntax error; null when the text has no words at all.
 */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 ? null : words.map((word) => `"${word}"`).join(" ");
}

export interface RankCursor {
  rank: number;
  id: string;
}

/**
 * Full-text search over claim text, quote and claimant, best match first (FTS5
 * bm25, text weighted above quote above claimant), by keyset on (rank, id).
 */
export function searchClaimsQuery(
  db: Database,
  match: string,
  filters: ClaimFilters,
  page: { after?: RankCursor; limit: number; offset?: number },
) {
  const { after } = page;
  const query = db
    .select({ ...getTableColumns(claims), rank: claimsFts.rank })
    .from(claimsFts)
    .innerJoin(claims, sql`${claims}.rowid = ${claimsFts.rowid}`)
    .where(
      and(
        sql`${claimsFts} MATCH ${match}`,
        ...filterConditions(filters),
        after
          ? or(
              gt(claimsFts.rank, after.rank),
              and(eq(claimsFts.rank, after.rank), gt(claims.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(claimsFts.rank), asc(claims.id))
    .limit(page.limit);
  return page.offset ? query.offset(page.offset) : query;
}

/** Newest articles first, by keyset on the id, optionally by canonical URL or outlet. */
export function listArticlesQuery(
  db: Database,
  filters: { canonicalUrl?: string; outlet?: string },
  page: { afterId?: string; limit: number },
) {
  return db
    .select()
    .from(articles)
    .where(
      and(
        filters.canonicalUrl ? eq(articles.canonicalUrl, filters.canonicalUrl) : undefined,
        filters.outlet ? eq(articles.outlet, filters.outlet) : undefined,
        page.afterId ? lt(articles.id, page.afterId) : undefined,
      ),
    )
    .orderBy(desc(articles.id))
    .limit(page.limit);
}

export interface WorthinessCursor {
  w: number;
  id: string;
}

/** Most check-worthy claims first (newest first among equals), by keyset on (checkworthiness, id). */
export function listClaimsByWorthinessQuery(
  db: Database,
  filters: ClaimFilters,
  page: { after?: WorthinessCursor; limit: number },
) {
  const { after } = page;
  return db
    .select()
    .from(claims)
    .where(
      and(
        ...filterConditions(filters),
        after
          ? or(
              lt(claims.checkworthiness, after.w),
              and(eq(claims.checkworthiness, after.w), lt(claims.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(claims.checkworthiness), desc(claims.id))
    .limit(page.limit);
}
