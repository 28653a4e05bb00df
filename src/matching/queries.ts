import { type SQL, sql } from "drizzle-orm";
import type { ClaimStatus } from "../claims/status";
import type { Candidate } from "./features";
import type { Analysis } from "./text";

/** How many stored claims full-text search proposes to the re-ranker. */
export const CANDIDATES = 50;
/** Weight of the article title's words beside the claim's own (the FTS5 rank, drizzle/0005). */
export const TITLE_WEIGHT = 0.75;
/**
 * Claims of one request that get their matches looked up on the way in, the first in reading
 * order (each costs a query; D1 allows 50 a request on the free plan, and each costs CPU).
 * Every claim is indexed, so later claims find it.
 */
export const MAX_MATCHED_CLAIMS = 20;
/**
 * Candidates re-ranked per new claim: fewer than a query's (CANDIDATES), to keep an article's
 * ingestion within the CPU budget; a match worth keeping is near the top of the full-text rank.
 */
export const INGEST_CANDIDATES = 30;

/** The most terms of a text the candidate search asks for: its rarest ones. */
const MAX_QUERY_TERMS = 24;
/**
 * The most stored claims the asked terms may be in, together (the sum of their document
 * frequencies): FTS5 scores every claim that has any asked term, so this bounds the search's
 * cost whatever the table's size. The rarest term is always asked.
 */
export const MAX_CANDIDATE_POSTINGS = 3000;

/**
 * The terms the candidate search ORs together: those the collection has, rarest first, at
 * most MAX_QUERY_TERMS and MAX_CANDIDATE_POSTINGS (common words would only slow the search
 * down; they still count in the re-ranking).
 */
export function candidateTerms(query: Analysis, df: ReadonlyMap<string, number>): string[] {
  const seen = [...new Set([...query.terms, ...query.mentions])];
  const sorted = seen
    .filter((t) => (df.get(t) ?? 0) > 0)
    .map((t, i) => ({ t, i, df: df.get(t) ?? 0 }))
    .sort((a, b) => a.df - b.df || a.i - b.i)
    .slice(0, MAX_QUERY_TERMS);
  const asked: string[] = [];
  let postings = 0;
  for (const { t, df: n } of sorted) {
    if (asked.length > 0 && postings + n > MAX_CANDIDATE_POSTINGS) break;
    asked.push(t);
    postings += n;
  }
  return asked;
}

/** The FTS5 query for `terms`: each a quoted string, ORed (terms are [a-z0-9]+ only). */
export function ftsMatch(terms: string[]): string {
  return terms.map((t) => `"${t.replaceAll('"', "")}"`).join(" OR ");
}

/** The unindexed part of a claim's match row. */
export interface MatchExtra {
  /** Names (entities) in the claim. */
  e: string[];
  /** Whether the claim negates. */
  n: boolean;
  /** Its claimant's name, as terms. */
  c: string[];
}

export function parseExtra(json: string | null): MatchExtra {
  try {
    const value = JSON.parse(json ?? "{}") as Partial<MatchExtra>;
    return {
      e: Array.isArray(value.e) ? value.e : [],
      n: value.n === true,
      c: Array.isArray(value.c) ? value.c : [],
    };
  } catch {
    return { e: [], n: false, c: [] };
  }
}

/** A row of claim_match_fts as the candidate search reads it. */
export interface CandidateRow {
  seq: number;
  claim_id: string;
  article_id: string;
  terms: string;
  title: string;
  extra: string | null;
  rank: number;
  /** The candidate claim's status and reviewer, for the match summaries of claims being stored. */
  status: ClaimStatus;
  reviewer_name: string | null;
  reviewer_country: string | null;
}

export function toCandidate(row: CandidateRow): Candidate {
  const extra = parseExtra(row.extra);
  return {
    id: row.claim_id,
    seq: row.seq,
    terms: row.terms.split(" ").filter(Boolean),
    title: row.title.split(" ").filter(Boolean),
    entities: extra.e,
    negated: extra.n,
    claimant: extra.c,
    rank: row.rank,
  };
}

/** Terms are [a-z0-9]+ by construction; anything else is dropped before it reaches SQL. */
const safeTerms = (terms: Iterable<string>) =>
  [...new Set(terms)].filter((t) => /^[\p{L}\p{N}]+$/u.test(t));

/**
 * The statement that reads the document frequencies of `terms` (claim_match_df, one index
 * lookup each), bound as JSON so any number of terms costs one parameter, and answered as one
 * JSON object in one row (`df`): a candidate set's ~1,500 terms as rows cost D1 more to hand
 * over than to look up. Read it with dfOf().
 */
export function dfStatement(terms: Iterable<string>): SQL {
  return sql`SELECT json_group_object(term, docs) AS df FROM claim_match_df
    WHERE term IN (SELECT value FROM json_each(${JSON.stringify(safeTerms(terms))}))`;
}

/** The frequencies a dfStatement answered, added to `into`. */
export function dfOf(
  rows: readonly { df?: string | null }[],
  into = new Map<string, number>(),
): Map<string, number> {
  const parsed = JSON.parse(rows[0]?.df ?? "{}") as Record<string, number>;
  for (const [term, docs] of Object.entries(parsed)) into.set(term, docs);
  return into;
}

/** The distinct terms a claim's match row adds to claim_match_df: its words and its title's. */
export function documentTerms(document: { terms: string; title: string }): string[] {
  return safeTerms(`${document.terms} ${document.title}`.split(" ").filter(Boolean));
}

/** How many claims there are, near enough for idf (row ids only grow). */
export const docsStatement = sql`SELECT coalesce(max(rowid), 0) AS docs FROM claims`;

/** The distinct terms of a text the candidate search may ask (its terms and mentions), in order. */
export const searchTerms = (query: Analysis): string[] =>
  safeTerms([...query.terms, ...query.mentions]);

/**
 * The FTS5 query of candidateTerms(), in SQL: the text's terms the collection has
 * (claim_match_df, by key), rarest first (ties: the earlier in the text), at most
 * MAX_QUERY_TERMS, while their document frequencies add up to at most MAX_CANDIDATE_POSTINGS
 * (the rarest always), quoted and ORed; `""` (matches nothing) when none is known. A scalar
 * subquery, so the search needs no round trip of its own to learn the frequencies first.
 */
export function askedMatch(terms: readonly string[]): SQL {
  return sql`(SELECT coalesce(group_concat('"' || term || '"', ' OR '), '""') FROM (
      SELECT q.value AS term,
        row_number() OVER w AS n,
        sum(d.docs) OVER w AS postings
      FROM json_each(${JSON.stringify(terms)}) q JOIN claim_match_df d ON d.term = q.value
      WHERE d.docs > 0
      WINDOW w AS (ORDER BY d.docs, q.key ROWS UNBOUNDED PRECEDING))
    WHERE n <= ${MAX_QUERY_TERMS} AND (n = 1 OR postings <= ${MAX_CANDIDATE_POSTINGS}))`;
}

/** A candidate statement's row: a candidate (part 0), or, last, its terms' frequencies (part 1). */
export type CandidateStatementRow = ({ part: 0 } & CandidateRow) | { part: 1; df: string | null };

/**
 * One text's candidate search, in one statement (one round trip with the rest of its batch):
 * the best `limit` claims by bm25 for the OR of askedMatch(terms), each with its row and its
 * claim's status (part 0, best first), and then one row (part 1) with the document frequencies
 * of every term of those candidates' words and titles as one JSON object (read it with dfOf),
 * which the re-ranker's idf needs. The ranking reads only the index; rows, claims and
 * frequencies are read for those `limit` candidates alone. `terms`: searchTerms().
 *
 * A row's terms are split on spaces into a JSON array in SQL; the characters JSON would need
 * escaped are blanked first (terms are letters and digits: only rows written before matching
 * existed, drizzle/0005, hold other characters), and a row that still is not valid JSON
 * contributes no frequencies.
 */
export function candidatesStatement(terms: readonly string[], limit = CANDIDATES): SQL {
  return sql`WITH found AS MATERIALIZED (
      SELECT top.rowid AS seq, f.claim_id, c.article_id, f.terms, f.title, f.extra, top.rank,
        c.status, c.reviewer_name, c.reviewer_country,
        '["' || replace(trim(replace(replace(replace(replace(replace(
          f.terms || ' ' || f.title, char(92), ' '), char(34), ' '), char(9), ' '), char(10), ' '),
          char(13), ' ')), ' ', '","') || '"]' AS words
      FROM (SELECT rowid, rank FROM claim_match_fts WHERE claim_match_fts MATCH ${askedMatch(terms)}
        ORDER BY rank, rowid LIMIT ${limit}) top
      JOIN claim_match_fts f ON f.rowid = top.rowid
      JOIN claims c ON c.rowid = top.rowid)
    SELECT 0 AS part, seq, claim_id, article_id, terms, title, extra, rank, status, reviewer_name,
      reviewer_country, NULL AS df
    FROM found
    UNION ALL
    SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
      (SELECT json_group_object(term, docs) FROM claim_match_df WHERE term IN (
        SELECT w.value FROM found,
          json_each(CASE WHEN json_valid(found.words) THEN found.words ELSE '[]' END) w))
    ORDER BY part, rank, seq`;
}
