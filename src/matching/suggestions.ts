import { type SQL, sql } from "drizzle-orm";
import type { SuggestedStatus } from "../db/schema";
import { newId } from "../lib/ids";

/** A later article's review signal, for an earlier claim that matches the claim it is about. */
export interface NewSuggestion {
  claimId: string;
  sourceClaimId: string;
  articleId: string;
  suggestion: SuggestedStatus;
  score: number;
}

/**
 * Statements that open suggestions, each only if both claims are stored (the new one may have
 * been skipped) and the pair has none yet.
 */
export function suggestionStatements(items: NewSuggestion[]): SQL[] {
  return items.map(
    ({ claimId, sourceClaimId, articleId, suggestion, score }) =>
      sql`INSERT INTO claim_suggestions (id, claim_id, source_claim_id, article_id, status,
          reviewer_name, reviewer_country, reason, score)
        SELECT ${newId("sug")}, ${claimId}, ${sourceClaimId}, ${articleId}, ${suggestion.status},
          ${suggestion.reviewer?.name ?? null}, ${suggestion.reviewer?.country ?? null},
          ${suggestion.reason?.text ?? null}, ${score}
        WHERE EXISTS (SELECT 1 FROM claims WHERE id = ${sourceClaimId})
          AND EXISTS (SELECT 1 FROM claims WHERE id = ${claimId})
        ON CONFLICT DO NOTHING`,
  );
}
