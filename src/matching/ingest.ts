import type { SQL } from "drizzle-orm";
import type { NewClaim } from "../claims/records";
import { matchDocument } from "./document";
import { INGEST_CANDIDATES, MAX_MATCHED_CLAIMS } from "./queries";
import { findMatchesMany, indexStatements, matchStatements } from "./store";
import { suggestionStatements } from "./suggestions";
import { type MatchSummary, summarise } from "./summary";

/**
 * Matches kept per new claim; a stored claim takes a later claim's match while it has fewer
 * than this many at least as good (matchStatements).
 */
export const MATCHES_PER_CLAIM = 20;

/**
 * What storing `items` (with their ids, in an article titled `title`) adds to the batch that
 * stores them: their match-index rows, their matches with stored claims of other articles
 * (both ways), and, for a claim whose article reports a review, a suggestion for each earlier
 * claim it matches. Reads happen here, before the batch; the batch writes it all or nothing.
 * With them, each new claim's match summary as the batch leaves it (as its answer shows it).
 */
export async function matchingStatements(
  d1: D1DatabaseSession,
  article: { id: string; title: string },
  items: { id: string; claim: NewClaim }[],
): Promise<{ statements: SQL[]; summaries: Map<string, MatchSummary> }> {
  const prepared = items.map(({ id, claim }) => ({
    id,
    claim,
    ...matchDocument(claim.text, article.title, claim.claimant?.name ?? null),
  }));
  const looked = prepared.slice(0, MAX_MATCHED_CLAIMS);
  const found = await findMatchesMany(
    d1,
    looked.map((p) => p.analysis),
    { limit: MATCHES_PER_CLAIM, excludeArticle: article.id, candidates: INGEST_CANDIDATES },
  );
  const pairs = looked.flatMap((p, i) =>
    (found[i] ?? []).map((m) => ({ claimId: p.id, matchedId: m.id, score: m.score })),
  );
  const suggestions = looked.flatMap((p, i) => {
    const suggestion = p.claim.suggestedStatus;
    if (!suggestion) return [];
    return (found[i] ?? []).map((m) => ({
      claimId: m.id,
      sourceClaimId: p.id,
      articleId: article.id,
      suggestion,
      score: m.score,
    }));
  });
  const summaries = new Map(
    prepared.map((p, i) => {
      const matches = found[i] ?? [];
      return [p.id, summarise(matches.length, matches)] as const;
    }),
  );
  return {
    statements: [
      ...indexStatements(prepared.map((p) => ({ claimId: p.id, document: p.document }))),
      ...matchStatements(pairs, MATCHES_PER_CLAIM),
      ...suggestionStatements(suggestions),
    ],
    summaries,
  };
}
