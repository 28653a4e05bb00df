import { type SQL, sql } from "drizzle-orm";
import type { ClaimStatus } from "../claims/status";
import type { Candidate, CorpusStats } from "./features";
import type { Analysis } from "./text";

/** How many stored claims full-text search proposes to the re-ranker. */
export const CANDIDATES = 100;
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
 * The terms the candidate search ORs together: those the collection has, rarest first, at
 * most MAX_QUERY_TERMS (a paragraph's common words would only slow the search down).
 */
export function candidateTerms(query: Analysis, df: ReadonlyMap<string, number>): string[] {
  const seen = [...new Set([...query.terms, ...query.mentions])];
  return seen
    .filter((t) => (df.get(t) ?? 0) > 0)
    .map((t, i) => ({ t, i, df: df.get(t) ?? 0 }))
    .sort((a, b) => a.df - b.df || a.i - b.i)
    .slice(0, MAX_QUERY_TERMS)
    .map((x) => x.t);
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
 * The statement that reads the document frequencies of `terms` (fts5vocab), bound as
 * JSON so any number of terms costs one parameter.
 */
export function dfStatement(terms: Iterable<string>): SQL {
  return sql`SELECT term, doc FROM claim_match_vocab
    WHERE term IN (SELECT value FROM json_each(${JSON.stringify(safeTerms(terms))}))`;
}

/** How many claims there are, near enough for idf (row ids only grow). */
export const docsStatement = sql`SELECT coalesce(max(rowid), 0) AS docs FROM claims`;

export function candidatesStatement(terms: string[], limit = CANDIDATES): SQL {
  return sql`SELECT f.rowid AS seq, f.claim_id, c.article_id, f.terms, f.title, f.extra, f.rank,
      c.status, c.reviewer_name, c.reviewer_country
    FROM claim_match_fts f JOIN claims c ON c.rowid = f.rowid
    WHERE claim_match_fts MATCH ${ftsMatch(terms)}
    ORDER BY f.rank, f.rowid
    LIMIT ${limit}`;
}

export function statsOf(docs: number, rows: { term: string; doc: number }[]): CorpusStats {
  return { docs, df: new Map(rows.map((r) => [r.term, r.doc])) };
}
