import { and, inArray, ne, sql } from "drizzle-orm";
import { claimEtag, presentClaim } from "../claims/records";
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

/**
 * The strong ETag of a claim as the API shows it: its version tag (`"v3"`, claimEtag) while it
 * has no matches, and with matches the version tag and a hash of what its JSON says of them
 * (`"v3-1a2b3c4d"`: the count and the already-checked claim, its status and reviewer). So it
 * changes when the claim's version does and when its summary does (a new matching article, a
 * status change of a claim it matches), and If-None-Match never keeps a stale "Also checked".
 * If-Match compares the version part only (versionMatches, src/claims/records.ts).
 */
export function presentedEtag(claim: { version: number } & MatchSummary): string {
  const base = claimEtag(claim.version);
  const checked = claim.already_checked;
  if (claim.match_count === 0 && !checked) return base;
  const key = checked
    ? [
        claim.match_count,
        checked.claim_id,
        checked.status,
        checked.reviewer?.name ?? "",
        checked.reviewer?.country ?? "",
      ]
    : [claim.match_count];
  return `${base.slice(0, -1)}-${fnv1a(JSON.stringify(key))}"`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable hash (not a secret). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

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
export const SUMMARY_CHUNK = 90;

/** The two reads of matchSummaries for at most CHUNK ids, to put in a batch. */
export function summaryQueries(db: Database, chunk: string[]) {
  return [
    db
      .select({ id: claimMatches.claimId, n: sql<number>`count(*)` })
      .from(claimMatches)
      .where(inArray(claimMatches.claimId, chunk))
      .groupBy(claimMatches.claimId),
    db
      .select({
        id: claimMatches.claimId,
        matchedId: claims.id,
        status: claims.status,
        reviewerName: claims.reviewerName,
        reviewerCountry: claims.reviewerCountry,
      })
      .from(claimMatches)
      .innerJoin(claims, sql`${claims.id} = ${claimMatches.matchedClaimId}`)
      .where(and(inArray(claimMatches.claimId, chunk), ne(claims.status, "unverified")))
      .orderBy(claimMatches.claimId, sql`${claimMatches.score} DESC`, claims.id),
  ] as const;
}

type SummaryRows = readonly [
  Awaited<ReturnType<typeof summaryQueries>[0]>,
  Awaited<ReturnType<typeof summaryQueries>[1]>,
];

/** What summaryQueries answered, written into `out` (which has an entry for each id). */
export function applySummaries(
  out: Map<string, MatchSummary>,
  [counts, rated]: SummaryRows,
): Map<string, MatchSummary> {
  for (const { id, n } of counts) {
    const summary = out.get(id);
    if (summary) summary.match_count = n;
  }
  for (const row of rated) {
    const summary = out.get(row.id);
    if (!summary || summary.already_checked) continue;
    const reviewer = row.reviewerName
      ? { name: row.reviewerName, country: row.reviewerCountry }
      : null;
    summary.already_checked = {
      claim_id: row.matchedId,
      status: row.status,
      status_label: statusLabel(row.status, reviewer),
      reviewer,
    };
  }
  return out;
}

export const emptySummaries = (ids: readonly string[]) =>
  new Map<string, MatchSummary>(ids.map((id) => [id, { match_count: 0, already_checked: null }]));

/** Each claim's match count and best-scoring rated match, in two indexed reads per 90 claims. */
export async function matchSummaries(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, MatchSummary>> {
  const out = emptySummaries(ids);
  for (let i = 0; i < ids.length; i += SUMMARY_CHUNK) {
    const chunk = [...new Set(ids.slice(i, i + SUMMARY_CHUNK))];
    applySummaries(out, await db.batch(summaryQueries(db, chunk)));
  }
  return out;
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
