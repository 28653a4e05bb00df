import { type SQL, sql } from "drizzle-orm";
import type { ClaimStatus } from "../claims/status";
import { runBatch } from "../db/batch";
import type { MatchDocument } from "./document";
import type { CorpusStats } from "./features";
import {
  type CandidateRow,
  candidatesStatement,
  candidateTerms,
  dfOf,
  dfStatement,
  docsStatement,
  documentTerms,
  toCandidate,
} from "./queries";
import { DEFAULT_THRESHOLD, rankCandidates, type Scored } from "./rank";
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
 * findMatches for several texts at once, in three round trips whatever their number: the
 * frequencies of their terms, then each one's candidates, then the frequencies of the
 * candidates' terms.
 */
export async function findMatchesMany(
  d1: D1DatabaseSession,
  queries: Analysis[],
  options: { limit: number; threshold?: number; excludeArticle?: string; candidates?: number },
): Promise<Match[][]> {
  if (queries.length === 0) return [];
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const queryTerms = new Set(queries.flatMap((q) => [...q.terms, ...q.mentions]));
  const [docsResult, dfResult] = await runBatch(d1, [docsStatement, dfStatement(queryTerms)]);
  const docs = rowsOf<{ docs: number }>(docsResult)[0]?.docs ?? 0;
  const known = { docs, df: dfOf(rowsOf<{ df: string | null }>(dfResult)) };
  const asked = queries.map((q) => candidateTerms(q, known.df));
  const searches = asked.flatMap((terms, i) => (terms.length > 0 ? [{ i, terms }] : []));
  if (searches.length === 0) return queries.map(() => []);
  const found = await runBatch(
    d1,
    searches.map(({ terms }) => candidatesStatement(terms, options.candidates)),
  );
  const candidatesOf = new Map<number, CandidateRow[]>();
  searches.forEach(({ i }, k) => {
    const rows = rowsOf<CandidateRow>(found[k]).filter(
      (r) => r.article_id !== options.excludeArticle,
    );
    candidatesOf.set(i, rows);
  });

  const unknown = new Set<string>();
  for (const rows of candidatesOf.values())
    for (const r of rows)
      for (const t of `${r.terms} ${r.title}`.split(" ")) if (t && !known.df.has(t)) unknown.add(t);
  const df = new Map(known.df);
  if (unknown.size > 0) {
    const [result] = await runBatch(d1, [dfStatement(unknown)]);
    dfOf(rowsOf<{ df: string | null }>(result), df);
  }
  const stats: CorpusStats = { docs, df };

  return queries.map((query, i) => {
    const rows = candidatesOf.get(i) ?? [];
    const rowOf = new Map(rows.map((r) => [r.claim_id, r]));
    return rankCandidates(query, rows.map(toCandidate), stats)
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
 * written only if its claim was (a claim skipped as a duplicate gets none).
 */
export function indexStatements(rows: { claimId: string; document: MatchDocument }[]): SQL[] {
  if (rows.length === 0) return [];
  const terms = rows.map(({ claimId, document }) => ({ id: claimId, t: documentTerms(document) }));
  return [
    ...rows.map(
      ({ claimId, document }) =>
        sql`INSERT INTO claim_match_fts (rowid, claim_id, terms, title, extra)
        SELECT rowid, id, ${document.terms}, ${document.title}, ${JSON.stringify(document.extra)}
        FROM claims WHERE id = ${claimId}`,
    ),
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
 * Statements that keep the matches of new claims, both ways, each only if the new claim was
 * stored. `pairs` are (new claim, stored claim, score).
 */
export function matchStatements(pairs: { claimId: string; matchedId: string; score: number }[]) {
  const statements: SQL[] = [];
  // Six values a row, two rows a pair: 8 pairs stay well under D1's 100 bound parameters.
  for (let i = 0; i < pairs.length; i += 8) {
    const chunk = pairs.slice(i, i + 8);
    const values = chunk.flatMap(({ claimId, matchedId, score }) => [
      sql`(${claimId}, ${matchedId}, ${score})`,
      sql`(${matchedId}, ${claimId}, ${score})`,
    ]);
    statements.push(
      sql`INSERT INTO claim_matches (claim_id, matched_claim_id, score)
        SELECT v.column1, v.column2, v.column3 FROM (VALUES ${sql.join(values, sql`, `)}) v
        WHERE EXISTS (SELECT 1 FROM claims WHERE id = v.column1)
          AND EXISTS (SELECT 1 FROM claims WHERE id = v.column2)
        ON CONFLICT DO NOTHING`,
    );
  }
  return statements;
}
