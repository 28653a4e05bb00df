/**
 * Deciding a suggestion (a later article's review signal about a stored claim: src/matching/):
 * accept or reject, for the API's POST /v1/suggestions/{id}/accept|reject and the desk alike.
 */
import { eq, sql } from "drizzle-orm";
import { runBatch } from "../db/batch";
import { articles, claimSuggestions } from "../db/schema";
import type { Database } from "../env";
import { etagMatches } from "../lib/etag";
import { newId } from "../lib/ids";
import { ApiError } from "../lib/problem";
import { publicUrlsOfClaim, purgeCached } from "../middleware/edge-cache";
import { enqueueDeliveries } from "../webhooks/enqueue";
import { findClaim, type StatusChangeContext } from "./change-status";
import { claimEtag } from "./records";

type SuggestionRow = typeof claimSuggestions.$inferSelect;
type Decision = "accepted" | "rejected";

export async function findSuggestion(db: Database, id: string) {
  const [found] = await db
    .select({ suggestion: claimSuggestions, url: articles.url })
    .from(claimSuggestions)
    .innerJoin(articles, eq(articles.id, claimSuggestions.articleId))
    .where(eq(claimSuggestions.id, id));
  if (!found) throw new ApiError("not_found", `No suggestion ${id}`);
  return found;
}

/** An accepted suggestion is accepted again, a rejected one rejected again: nothing changes. */
function alreadyDecided(row: SuggestionRow, decision: Decision): boolean {
  if (row.state === "open") return false;
  if (row.state === decision) return true;
  throw new ApiError("conflict", `Suggestion ${row.id} is already ${row.state}`, {
    extra: { suggestion_status: row.state },
  });
}

/**
 * Accepts a suggestion: its status goes to its claim through the usual rules (If-Match, one
 * batch with the history event, the later article as evidence) and it is marked accepted.
 * Accepting an accepted one again changes nothing; a rejected one is a 409.
 */
export async function acceptSuggestionOf(
  ctx: StatusChangeContext,
  id: string,
  ifMatch: string | undefined,
): Promise<void> {
  const db = ctx.db;
  const { suggestion, url } = await findSuggestion(db, id);
  if (alreadyDecided(suggestion, "accepted")) return;
  if (ifMatch === undefined) {
    throw new ApiError(
      "precondition_required",
      "Send If-Match with the claim's ETag (GET /v1/claims/{id}) to accept a suggestion",
    );
  }
  const claim = await findClaim(db, suggestion.claimId);
  if (!etagMatches(ifMatch, claimEtag(claim.version), { weak: false })) {
    throw new ApiError(
      "precondition_failed",
      `The claim has changed since you read it (now at ${claimEtag(claim.version)}); fetch it again and retry`,
    );
  }
  const actor = ctx.actor;
  const eventId = newId("evt");
  const note = `Accepted suggestion ${id}: reported in article ${suggestion.articleId}`;
  // Each statement holds only while the claim is at the version read and the suggestion is
  // open, so the event, the status and the decision are written together or not at all.
  const open = sql`EXISTS (SELECT 1 FROM claim_suggestions WHERE id = ${id} AND state = 'open')`;
  const [, updated] = await runBatch(ctx.d1, [
    sql`INSERT INTO claim_events (id, claim_id, from_status, to_status, reviewer_name,
        reviewer_country, note, evidence, actor, version)
      SELECT ${eventId}, id, status, ${suggestion.status}, ${suggestion.reviewerName},
        ${suggestion.reviewerCountry}, ${note}, ${JSON.stringify([url])}, ${actor}, version + 1
      FROM claims WHERE id = ${claim.id} AND version = ${claim.version} AND ${open}`,
    sql`UPDATE claims SET status = ${suggestion.status}, reviewer_name = ${suggestion.reviewerName},
        reviewer_country = ${suggestion.reviewerCountry}, version = version + 1,
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      WHERE id = ${claim.id} AND version = ${claim.version} AND ${open}`,
    decisionStatement(id, "accepted", actor, eventId),
  ]);
  if (updated?.meta.changes !== 1) {
    // Someone changed the claim or decided the suggestion in between: say which.
    const now = await findSuggestion(db, id);
    if (alreadyDecided(now.suggestion, "accepted")) return;
    throw new ApiError(
      "precondition_failed",
      "The claim changed while the suggestion was accepted; fetch it again and retry",
    );
  }
  await purgeCached(publicUrlsOfClaim(ctx.origin, claim.id, claim.articleId));
  await enqueueDeliveries(
    db,
    ctx.queue,
    [{ id: eventId, type: "claim.status_changed" }],
    ctx.requestId,
  );
  return;
}

/** Rejects a suggestion: a history event records it; the claim's status and version stay. */
export async function rejectSuggestionOf(ctx: StatusChangeContext, id: string): Promise<void> {
  const db = ctx.db;
  const { suggestion } = await findSuggestion(db, id);
  if (alreadyDecided(suggestion, "rejected")) return;
  const actor = ctx.actor;
  const eventId = newId("evt");
  const note = `Rejected suggestion ${id} (${suggestion.status}): reported in article ${suggestion.articleId}`;
  // The status stays, and so does the version: the event records the decision only.
  await runBatch(ctx.d1, [
    sql`INSERT INTO claim_events (id, claim_id, from_status, to_status, reviewer_name,
        reviewer_country, note, evidence, actor, version)
      SELECT ${eventId}, id, status, status, reviewer_name, reviewer_country, ${note}, '[]',
        ${actor}, version
      FROM claims WHERE id = ${suggestion.claimId}
        AND EXISTS (SELECT 1 FROM claim_suggestions WHERE id = ${id} AND state = 'open')`,
    decisionStatement(id, "rejected", actor, eventId),
  ]);
  const now = await findSuggestion(db, id);
  alreadyDecided(now.suggestion, "rejected");
}

function decisionStatement(id: string, decision: Decision, actor: string, eventId: string) {
  return sql`UPDATE claim_suggestions SET state = ${decision}, decided_by = ${actor},
      decided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), event_id = ${eventId}
    WHERE id = ${id} AND state = 'open'
      AND EXISTS (SELECT 1 FROM claim_events WHERE id = ${eventId})`;
}
