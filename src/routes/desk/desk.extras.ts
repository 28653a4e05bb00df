/**
 * ISSUE-12 SLOT: what the desk shows of claim matching and suggestions.
 *
 * Matching ("Also checked…") and suggestions with accept/reject are built in issue 12. Until
 * they are wired here, `matchesOf` answers null (the claim page shows no "Also checked…"
 * section) and suggestions are the one kind stored today: the status extraction suggested
 * for a claim from its own article (`claims.suggested_status`), open while the claim is
 * still unverified. To wire issue 12: return its matches from `matchesOf`, its open
 * suggestions from `openSuggestionsOf` and their count from `openSuggestionCount`; the
 * pages (desk.claim.tsx, desk.queue.tsx) render whatever these return.
 */
import { and, count, eq, isNotNull } from "drizzle-orm";
import type { presentClaim } from "../../claims/records";
import { type ClaimStatus, statusLabel } from "../../claims/status";
import { claims } from "../../db/schema";
import type { Database } from "../../env";

type Claim = ReturnType<typeof presentClaim>;

/** A stored claim that asserts the same thing (issue 12's `GET /v1/claims/{id}/matches`). */
export interface DeskMatch {
  claimId: string;
  text: string;
  status: ClaimStatus;
  statusLabel: string;
  score: number;
}

/** A status suggested for a claim, for a fact-checker to take or leave. */
export interface DeskSuggestion {
  status: "under_review" | "disputed";
  statusLabel: string;
  reviewer: { name: string; country: string | null } | null;
  /** The sentence that suggests it, and where it was read. */
  reason: string | null;
  source: string;
}

/** The claim's matches; null while matching is not wired (the section is then left out). */
export async function matchesOf(_db: Database, _claim: Claim): Promise<DeskMatch[] | null> {
  return null;
}

/** The claim's open suggestions. */
export async function openSuggestionsOf(_db: Database, claim: Claim): Promise<DeskSuggestion[]> {
  const suggested = claim.suggested_status;
  if (!suggested || claim.status !== "unverified") return [];
  return [
    {
      status: suggested.status,
      statusLabel: statusLabel(suggested.status, suggested.reviewer),
      reviewer: suggested.reviewer,
      reason: suggested.reason?.text ?? null,
      source: "this article",
    },
  ];
}

/** How many claims have an open suggestion, for the queue. */
export async function openSuggestionCount(db: Database): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(claims)
    .where(and(isNotNull(claims.suggestedStatus), eq(claims.status, "unverified")));
  return row?.n ?? 0;
}
