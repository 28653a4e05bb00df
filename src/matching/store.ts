import { type SQL, sql } from "drizzle-orm";
import type { ClaimStatus } from "../claims/status";
import { runBatch } from "../db/batch";
import { rankAlike } from "./alike";
import type { MatchDocument } from "./document";
import type { Candidate, CorpusStats } from "./features";
import {
  type CandidateRow,
  type CandidateStatementRow,
  candidatesStatement,
  dfOf,
  dfStatement,
  docsStatement,
  documentTerms,
  searchTerms,
} from "./queries";
import { DEFAULT_THRESHOLD, type Scored } from "./rank";
import type { Analysis } from "./text";

export interface Match extends Scored {
  articleId: string;
  /** The matched claim's status and reviewer when it was read. */
  status: ClaimStatus;
  reviewer: { name: string; country: string | null } | null;
}

/**
 * The stored claims that assert what `query` does, best first, scored 0..1: candidates from
 * D1's FTS5 index (claim_match_fts), re-ranked by src/matching/rank.ts. Claims of
 * `excludeArticle` are left out (an article's claims do not match each other).
 */
export async function findMatches(
  d1: D1DatabaseSession,
  query: Analysis,
  options: { limit: number; threshold?: number; excludeArticle?: string; candidates?: number },
): Promise<Match[]> {
  const [first] = await findMatchesMany(d1, [query], options);
  return first ?? [];
}

/**
 * findMatches for several texts at once, in one round trip whatever their number: the number of
 * claims, the frequencies of the texts' terms, and each text's candidates with the frequencies
 * of their terms (candidatesStatement), in one batch.
 */
export async function findMatchesMany(
  d1: D1DatabaseSession,
  queries: Analysis[],
  options: { limit: number; threshold?: number; excludeArticle?: string; candidates?: number },
): Promise<Match[][]> {
  if (queries.length === 0) return [];
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const asked = queries.map(searchTerms);
  const searches = asked.flatMap((terms, i) => (terms.length > 0 ? [{ i, terms }] : []));
  if (searches.length === 0) return queries.map(() => []);
  const [docsResult, dfResult, ...found] = await runBatch(d1, [
    docsStatement,
    dfStatement(asked.flat()),
    ...searches.map(({ terms }) => candidatesStatement(terms, options.candidates)),
  ]);
  const docs = rowsOf<{ docs: number }>(docsResult)[0]?.docs ?? 0;
  const df = dfOf(rowsOf<{ df: string | null }>(dfResult));
  const candidatesOf = new Map<number, CandidateRow[]>();
  searches.forEach(({ i }, k) => {
    const rows: CandidateRow[] = [];
    for (const row of rowsOf<CandidateStatementRow>(found[k])) {
      if (row.part === 1) dfOf([row], df);
      else if (row.article_id !== options.excludeArticle) rows.push(row);
    }
    candidatesOf.set(i, rows);
  });
  const stats: CorpusStats = { docs, df };

  const parsed = new Map<string, Candidate>();
  return queries.map((query, i) => {
    const rows = candidatesOf.get(i) ?? [];
    const rowOf = new Map(rows.map((r) => [r.claim_id, r]));
    return rankAlike(query, rows, stats, parsed)
      .filter((m) => m.score >= threshold)
      .slice(0, options.limit)
      .flatMap((m) => {
        const row = rowOf.get(m.id);
        if (!row) return [];
        const reviewer = row.reviewer_name
          ? { name: row.reviewer_name, country: row.reviewer_country }
          : null;
        return [{ ...m, articleId: row.article_id, status: row.status, reviewer }];
      });
  });
}

const rowsOf = <T>(result: D1Result | undefined) => (result?.results ?? []) as T[];

/**
 * Statements that index new claims for matching, for the batch that stores them: each row is
 * written only if its claim was (a claim skipped as a duplicate gets none). Two statements
 * whatever the number of claims, the rows bound as one JSON parameter each (rendering and
 * binding a statement per claim cost the Worker more CPU than D1 takes to run them).
 */
export function indexStatements(rows: { claimId: string; document: MatchDocument }[]): SQL[] {
  if (rows.length === 0) return [];
  const terms = rows.map(({ claimId, document }) => ({ id: claimId, t: documentTerms(document) }));
  const docs = rows.map(({ claimId, document }) => [
    claimId,
    document.terms,
    document.title,
    JSON.stringify(document.extra),
  ]);
  return [
    sql`INSERT INTO claim_match_fts (rowid, claim_id, terms, title, extra)
        SELECT c.rowid, c.id, d.value ->> '$[1]', d.value ->> '$[2]', d.value ->> '$[3]'
        FROM json_each(${JSON.stringify(docs)}) d JOIN claims c ON c.id = d.value ->> '$[0]'
        ORDER BY d.key`,
    // Their terms' document frequencies, in one statement for all of them (bound as JSON).
    sql`INSERT INTO claim_match_df (term, docs)
        SELECT t.value, count(*) FROM json_each(${JSON.stringify(terms)}) c,
          json_each(json_extract(c.value, '$.t')) t
        WHERE EXISTS (SELECT 1 FROM claims WHERE id = json_extract(c.value, '$.id'))
        GROUP BY t.value
        ON CONFLICT (term) DO UPDATE SET docs = docs + excluded.docs`,
  ];
}

/**
 * The statement that keeps the matches of new claims, both ways, each only if both claims are
 * stored. `pairs` are (new claim, stored claim, score); one statement for all of them, bound as
 * one JSON parameter (not 8 pairs a statement under D1's 100 bound parameters).
 *
 * A new claim keeps its best `keep` matches (the caller passes no more); a stored claim gets the
 * reverse row only while it has fewer than `keep` matches scoring at least as high, so an
 * often-repeated story's first claims keep their best `keep` (give or take the claims of one
 * article, which the statement weighs against the rows as they were before it) instead of a row
 * for every later copy: a claim's rows, its match count and its summary's walk stay bounded.
 * The claims that list a claim are found through claim_matches_matched_idx whether or not it
 * keeps the reverse row (matchingClaimsStatement), so a status change still reaches them.
 */
export function matchStatements(
  pairs: { claimId: string; matchedId: string; score: number }[],
  keep: number,
) {
  if (pairs.length === 0) return [];
  const rows = pairs.flatMap(({ claimId, matchedId, score }) => [
    [claimId, matchedId, score, 0],
    [matchedId, claimId, score, 1],
  ]);
  return [
    sql`INSERT INTO claim_matches (claim_id, matched_claim_id, score)
        SELECT v.value ->> '$[0]', v.value ->> '$[1]', v.value ->> '$[2]'
        FROM json_each(${JSON.stringify(rows)}) v
        WHERE EXISTS (SELECT 1 FROM claims WHERE id = v.value ->> '$[0]')
          AND EXISTS (SELECT 1 FROM claims WHERE id = v.value ->> '$[1]')
          AND (v.value ->> '$[3]' = 0 OR (SELECT count(*) FROM (SELECT 1 FROM claim_matches m
            WHERE m.claim_id = v.value ->> '$[0]' AND m.score >= v.value ->> '$[2]'
            LIMIT ${keep})) < ${keep})
        ORDER BY v.key
        ON CONFLICT DO NOTHING`,
  ];
}
