/**
 * What the desk shows of claim matching and suggestions (src/matching/, src/routes/suggestions/):
 * a claim's stored matches ("Also checked…"), its open suggestions — the status its own article
 * suggests (`claims.suggested_status`, open while the claim is unverified) and those later
 * articles' review signals raised (`claim_suggestions`, decided with
 * POST /v1/suggestions/{id}/accept or /reject) — and how many claims have one.
 */
import { and, count, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { presentClaim } from "../../claims/records";
import { type ClaimStatus, statusLabel } from "../../claims/status";
import { articles, claimMatches, claimSuggestions, claims } from "../../db/schema";
import type { Database } from "../../env";

type Claim = ReturnType<typeof presentClaim>;

/** Matches shown on a claim's page, best first. */
const MATCHES_SHOWN = 5;

/** A stored claim that asserts the same thing (as `GET /v1/claims/{id}/matches` lists them). */
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
  /** A later article's suggestion (claim_suggestions), decided with accept or reject. */
  id?: string;
}

/** The claim's best matches (an empty list when it has none). */
export async function matchesOf(db: Database, claim: Claim): Promise<DeskMatch[] | null> {
  const rows = await db
    .select({
      claimId: claims.id,
      text: claims.text,
      status: claims.status,
      reviewerName: claims.reviewerName,
      reviewerCountry: claims.reviewerCountry,
      score: claimMatches.score,
    })
    .from(claimMatches)
    .innerJoin(claims, eq(claims.id, claimMatches.matchedClaimId))
    .where(eq(claimMatches.claimId, claim.id))
    .orderBy(desc(claimMatches.score), claims.id)
    .limit(MATCHES_SHOWN);
  return rows.map((r) => ({
    claimId: r.claimId,
    text: r.text,
    status: r.status,
    statusLabel: statusLabel(
      r.status,
      r.reviewerName ? { name: r.reviewerName, country: r.reviewerCountry } : null,
    ),
    score: r.score,
  }));
}

/** The claim's open suggestions: its own article's, then later articles'. */
export async function openSuggestionsOf(db: Database, claim: Claim): Promise<DeskSuggestion[]> {
  const out: DeskSuggestion[] = [];
  const suggested = claim.suggested_status;
  if (suggested && claim.status === "unverified") {
    out.push({
      status: suggested.status,
      statusLabel: statusLabel(suggested.status, suggested.reviewer),
      reviewer: suggested.reviewer,
      reason: suggested.reason?.text ?? null,
      source: "this article",
    });
  }
  const later = await db
    .select({ s: claimSuggestions, title: articles.title })
    .from(claimSuggestions)
    .innerJoin(articles, eq(articles.id, claimSuggestions.articleId))
    .where(and(eq(claimSuggestions.claimId, claim.id), eq(claimSuggestions.state, "open")))
    .orderBy(desc(claimSuggestions.id));
  for (const { s, title } of later) {
    const reviewer = s.reviewerName ? { name: s.reviewerName, country: s.reviewerCountry } : null;
    out.push({
      status: s.status,
      statusLabel: statusLabel(s.status, reviewer),
      reviewer,
      reason: s.reason,
      source: `a later article, “${title}”`,
      id: s.id,
    });
  }
  return out;
}

/** How many claims have an open suggestion, for the queue. */
export async function openSuggestionCount(db: Database): Promise<number> {
  const [own, later] = await db.batch([
    db
      .select({ n: count() })
      .from(claims)
      .where(and(isNotNull(claims.suggestedStatus), eq(claims.status, "unverified"))),
    db
      .select({ n: sql<number>`count(DISTINCT ${claimSuggestions.claimId})` })
      .from(claimSuggestions)
      .where(eq(claimSuggestions.state, "open")),
  ]);
  return (own[0]?.n ?? 0) + (later[0]?.n ?? 0);
}
