import { type SQL, sql } from "drizzle-orm";
import type { claimEvents, claims, SuggestedStatus } from "../db/schema";
import { newId } from "../lib/ids";
import { type ClaimStatus, statusLabel } from "./status";

type ClaimRow = typeof claims.$inferSelect;
type EventRow = typeof claimEvents.$inferSelect;

/** A claim about to be stored, whoever found it. */
export interface NewClaim {
  text: string;
  quote: string | null;
  claimant: { name: string; description: string | null } | null;
  verb: string | null;
  span: { start: number; end: number } | null;
  /** Where `text` was read: "body" (with `span`), "title" (no span), or null: in neither. */
  in: "body" | "title" | null;
  checkworthiness: number;
  suggestedStatus: SuggestedStatus | null;
  origin: "extracted" | "submitted";
}

/** The claim as the API shows it. */
export function presentClaim(row: ClaimRow) {
  const reviewer = row.reviewerName
    ? { name: row.reviewerName, country: row.reviewerCountry }
    : null;
  return {
    id: row.id,
    article_id: row.articleId,
    text: row.text,
    quote: row.quote,
    claimant: row.claimantName
      ? { name: row.claimantName, description: row.claimantDescription }
      : null,
    verb: row.verb,
    span:
      row.spanStart !== null && row.spanEnd !== null
        ? { start: row.spanStart, end: row.spanEnd }
        : null,
    in: row.foundIn ?? null,
    checkworthiness: row.checkworthiness,
    status: row.status,
    status_label: statusLabel(row.status, reviewer),
    reviewer,
    suggested_status: row.suggestedStatus
      ? {
          status: row.suggestedStatus.status,
          reviewer: row.suggestedStatus.reviewer,
          reason: row.suggestedStatus.reason ?? null,
        }
      : null,
    version: row.version,
    origin: row.origin,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  };
}

export function presentEvent(row: EventRow) {
  const reviewer = row.reviewerName
    ? { name: row.reviewerName, country: row.reviewerCountry }
    : null;
  return {
    id: row.id,
    claim_id: row.claimId,
    from_status: row.fromStatus as ClaimStatus | null,
    to_status: row.toStatus as ClaimStatus,
    status_label: statusLabel(row.toStatus as ClaimStatus, reviewer),
    reviewer,
    note: row.note,
    evidence: row.evidence,
    actor: row.actor,
    version: row.version,
    created_at: row.createdAt,
  };
}

/**
 * Reading order of an article's claims: the title's first, then by place in the body, then
 * those found in neither (in id order, which the caller's sort keeps).
 */
export function byReadingOrder(
  a: Pick<ClaimRow, "foundIn" | "spanStart">,
  b: Pick<ClaimRow, "foundIn" | "spanStart">,
): number {
  const rank = (row: Pick<ClaimRow, "foundIn" | "spanStart">) =>
    row.foundIn === "title" ? -1 : (row.spanStart ?? Number.MAX_SAFE_INTEGER);
  return rank(a) - rank(b);
}

/**
 * The version tag of a claim: `"v3"`. It is the ETag of a claim with no matches, and what
 * If-Match is compared with (see {@link versionMatches}); a claim with matches is shown with
 * a longer ETag that starts with it (`presentedEtag`, src/matching/summary.ts).
 */
export function claimEtag(version: number): string {
  return `"v${version}"`;
}

/**
 * Whether an If-Match value names this version of a claim: `*`, its version tag (`"v3"`), or
 * any ETag the claim was shown with at that version (`"v3-1a2b3c4d"`, whatever its matches
 * were then). A write's precondition is about the claim's own state; its matches change when
 * other articles arrive, and a fact-checker's edit must not fail for that. Strong comparison:
 * a weak tag never matches.
 */
export function versionMatches(header: string | undefined, version: number): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const tag = `"v${version}`;
  return header.split(",").some((candidate) => {
    const value = candidate.trim();
    return value === `${tag}"` || (value.startsWith(`${tag}-`) && value.endsWith('"'));
  });
}

/** The id of a claim's creation event, derived from the claim's so one statement can write them all. */
export function creationEventId(claimId: string): string {
  return `evt_${claimId.slice(4)}`;
}

const COLUMNS = 15;
// D1 binds at most 100 parameters per statement; one more is the article id.
const ROWS_PER_STATEMENT = Math.floor(99 / COLUMNS);

/**
 * Statements that add `items` to an article, for one `runBatch` with whatever
 * else the write does; the ids the new claims get, and the rows as they will be stored (the
 * answer is known before the write, so it can be kept in the write's batch). Each insert only
 * happens if the article exists when the batch runs (so a lost creation race adds nothing), a
 * wording the article already has is skipped, and every new claim gets its creation event in
 * the same batch.
 */
export function insertClaimStatements(
  articleId: string,
  items: NewClaim[],
  actor: string,
  now = new Date().toISOString(),
) {
  const statements: SQL[] = [];
  const rows: ClaimRow[] = items.map((claim) => ({
    id: newId("clm"),
    articleId,
    text: claim.text,
    quote: claim.quote,
    claimantName: claim.claimant?.name ?? null,
    claimantDescription: claim.claimant?.description ?? null,
    verb: claim.verb,
    spanStart: claim.span?.start ?? null,
    spanEnd: claim.span?.end ?? null,
    foundIn: claim.in,
    checkworthiness: claim.checkworthiness,
    status: "unverified",
    reviewerName: null,
    reviewerCountry: null,
    // As it reads back from its JSON column.
    suggestedStatus: claim.suggestedStatus
      ? JSON.parse(JSON.stringify(claim.suggestedStatus))
      : null,
    version: 1,
    origin: claim.origin,
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const values: SQL[] = rows.slice(i, i + ROWS_PER_STATEMENT).map(
      (row) =>
        sql`(${row.id}, ${articleId}, ${row.text}, ${row.quote}, ${row.claimantName},
            ${row.claimantDescription}, ${row.verb}, ${row.spanStart}, ${row.spanEnd}, ${row.foundIn},
            ${row.checkworthiness},
            ${row.suggestedStatus ? JSON.stringify(row.suggestedStatus) : null}, ${row.origin},
            ${row.createdAt}, ${row.updatedAt})`,
    );
    statements.push(
      sql`INSERT INTO claims (id, article_id, text, quote, claimant_name, claimant_description, verb,
          span_start, span_end, found_in, checkworthiness, suggested_status, origin, created_at,
          updated_at)
        SELECT * FROM (VALUES ${sql.join(values, sql`, `)})
        WHERE EXISTS (SELECT 1 FROM articles WHERE id = ${articleId})
        ON CONFLICT DO NOTHING`,
    );
  }
  statements.push(
    sql`INSERT INTO claim_events (id, claim_id, from_status, to_status, evidence, actor, version, created_at)
      SELECT 'evt_' || substr(c.id, 5), c.id, NULL, c.status, '[]', ${actor}, c.version, c.created_at
      FROM claims c
      WHERE c.article_id = ${articleId}
        AND NOT EXISTS (SELECT 1 FROM claim_events e WHERE e.claim_id = c.id)
      ORDER BY c.id`,
  );
  return { statements, ids: rows.map((row) => row.id), rows };
}
