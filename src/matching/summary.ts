import { and, inArray, ne, sql } from "drizzle-orm";
import { presentClaim } from "../claims/records";
import { type ClaimStatus, statusLabel } from "../claims/status";
import { claimMatches, claims } from "../db/schema";
import type { Database } from "../env";

type ClaimRow = typeof claims.$inferSelect;

/** What a claim's JSON says of its matches. */
export interface MatchSummary {
  match_count: number;
  already_checked: {
    claim_id: string;
    status: ClaimStatus;
    status_label: string;
    reviewer: { name: string; country: string | null } | null;
  } | null;
}

export type PresentedClaim = ReturnType<typeof presentClaim> & MatchSummary;

/** A stored claim another one matches, as the summary needs it. */
export interface MatchedClaim {
  id: string;
  score: number;
  status: ClaimStatus;
  reviewer: { name: string; country: string | null } | null;
}

/**
 * A claim's match summary from its `count` matches and those of them that are `rated` (any
 * status but unverified): the best-scoring one is `already_checked` (ties: the lowest id).
 */
export function summarise(count: number, rated: readonly MatchedClaim[]): MatchSummary {
  let best: MatchedClaim | undefined;
  for (const match of rated) {
    if (match.status === "unverified") continue;
    if (!best || match.score > best.score || (match.score === best.score && match.id < best.id)) {
      best = match;
    }
  }
  return {
    match_count: count,
    already_checked: best
      ? {
          claim_id: best.id,
          status: best.status,
          status_label: statusLabel(best.status, best.reviewer),
          reviewer: best.reviewer,
        }
      : null,
  };
}

// D1 binds at most 100 parameters a statement.
const CHUNK = 90;

/** Each claim's match count and best-scoring rated match, in two indexed reads per 90 claims. */
export async function matchSummaries(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, MatchSummary>> {
  const counts = new Map<string, number>();
  const rated = new Map<string, MatchedClaim[]>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = [...new Set(ids.slice(i, i + CHUNK))];
    const [counted, ratedRows] = await db.batch([
      db
        .select({ id: claimMatches.claimId, n: sql<number>`count(*)` })
        .from(claimMatches)
        .where(inArray(claimMatches.claimId, chunk))
        .groupBy(claimMatches.claimId),
      db
        .select({
          id: claimMatches.claimId,
          matchedId: claims.id,
          score: claimMatches.score,
          status: claims.status,
          reviewerName: claims.reviewerName,
          reviewerCountry: claims.reviewerCountry,
        })
        .from(claimMatches)
        .innerJoin(claims, sql`${claims.id} = ${claimMatches.matchedClaimId}`)
        .where(and(inArray(claimMatches.claimId, chunk), ne(claims.status, "unverified"))),
    ]);
    for (const { id, n } of counted) counts.set(id, n);
    for (const row of ratedRows) {
      const list = rated.get(row.id) ?? [];
      list.push({
        id: row.matchedId,
        score: row.score,
        status: row.status,
        reviewer: row.reviewerName
          ? { name: row.reviewerName, country: row.reviewerCountry }
          : null,
      });
      rated.set(row.id, list);
    }
  }
  return new Map(ids.map((id) => [id, summarise(counts.get(id) ?? 0, rated.get(id) ?? [])]));
}

/** Claims as the API shows them, each with its match summary. */
export async function presentClaims(
  db: Database,
  rows: readonly ClaimRow[],
): Promise<PresentedClaim[]> {
  const summaries = await matchSummaries(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...presentClaim(row),
    ...(summaries.get(row.id) ?? { match_count: 0, already_checked: null }),
  }));
}

/** One claim as the API shows it, with its match summary. */
export async function presentOneClaim(db: Database, row: ClaimRow): Promise<PresentedClaim> {
  const [presented] = await presentClaims(db, [row]);
  if (!presented) throw new Error("presentClaims returned nothing");
  return presented;
}
