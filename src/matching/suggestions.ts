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
 * The statement that opens suggestions, each only if both claims are stored (the new one may
 * have been skipped) and the pair has none yet: one statement for all, bound as one JSON
 * parameter.
 */
export function suggestionStatements(items: NewSuggestion[]): SQL[] {
  if (items.length === 0) return [];
  const rows = items.map(({ claimId, sourceClaimId, articleId, suggestion, score }) => [
    newId("sug"),
    claimId,
    sourceClaimId,
    articleId,
    suggestion.status,
    suggestion.reviewer?.name ?? null,
    suggestion.reviewer?.country ?? null,
    suggestion.reason?.text ?? null,
    score,
  ]);
  return [
    sql`INSERT INTO claim_suggestions (id, claim_id, source_claim_id, article_id, status,
          reviewer_name, reviewer_country, reason, score)
        SELECT v.value ->> '$[0]', v.value ->> '$[1]', v.value ->> '$[2]', v.value ->> '$[3]',
          v.value ->> '$[4]', v.value ->> '$[5]', v.value ->> '$[6]', v.value ->> '$[7]',
          v.value ->> '$[8]'
        FROM json_each(${JSON.stringify(rows)}) v
        WHERE EXISTS (SELECT 1 FROM claims WHERE id = v.value ->> '$[2]')
          AND EXISTS (SELECT 1 FROM claims WHERE id = v.value ->> '$[1]')
        ORDER BY v.key
        ON CONFLICT DO NOTHING`,
  ];
}
