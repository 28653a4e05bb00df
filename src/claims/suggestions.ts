/**
 * Deciding a suggestion (a later article's review signal about a stored claim: src/matching/):
 * accept or reject, for the API's POST /v1/suggestions/{id}/accept|reject and the desk alike.
 */
import { eq, type SQL, sql } from "drizzle-orm";
import { runBatch } from "../db/batch";
import { articles, claimSuggestions, type claims } from "../db/schema";
import type { Database } from "../env";
import { newId } from "../lib/ids";
import { ApiError } from "../lib/problem";
import {
  matchingClaimsStatement,
  publicUrlsOfStatusChange,
  purgeCached,
} from "../middleware/edge-cache";
import { enqueueDeliveries } from "../webhooks/enqueue";
import { findClaim, type StatusChangeContext } from "./change-status";
import { claimEtag, versionMatches } from "./records";

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

type ClaimRow = typeof claims.$inferSelect;

/** A decided suggestion, its later article's URL, and its claim, as the decision leaves them. */
export interface Decided {
  suggestion: SuggestionRow;
  url: string;
  claim: ClaimRow;
}

/** How the caller shows a decision, and what it writes beside it (its answer). */
export interface DecisionAnswer<T> {
  present: (decided: Decided) => T | Promise<T>;
  /** Statements for the decision's batch, given the answer and a condition true once it is written. */
  alongside?: (answer: T, written: SQL) => Promise<SQL[]>;
}

/** The decision as it now stands (decided before, by this request's earlier attempt or another). */
async function current<T>(db: Database, id: string, answerWith: DecisionAnswer<T>): Promise<T> {
  const { suggestion, url } = await findSuggestion(db, id);
  return answerWith.present({ suggestion, url, claim: await findClaim(db, suggestion.claimId) });
}

/**
 * Accepts a suggestion: its status goes to its claim through the usual rules (If-Match, one
 * batch with the history event, the later article as evidence) and it is marked accepted.
 * Accepting an accepted one again changes nothing and answers it; a rejected one is a 409.
 */
export async function acceptSuggestionOf<T>(
  ctx: StatusChangeContext,
  id: string,
  ifMatch: string | undefined,
  answerWith: DecisionAnswer<T>,
): Promise<T> {
  const db = ctx.db;
  const { suggestion, url } = await findSuggestion(db, id);
  if (alreadyDecided(suggestion, "accepted")) return current(db, id, answerWith);
  if (ifMatch === undefined) {
    throw new ApiError(
      "precondition_required",
      "Send If-Match with the claim's ETag (GET /v1/claims/{id}) to accept a suggestion",
    );
  }
  const claim = await findClaim(db, suggestion.claimId);
  if (!versionMatches(ifMatch, claim.version)) {
    throw new ApiError(
      "precondition_failed",
      `The claim has changed since you read it (now at ${claimEtag(claim.version)}); fetch it again and retry`,
    );
  }
  const actor = ctx.actor;
  const eventId = newId("evt");
  const now = new Date().toISOString();
  const note = `Accepted suggestion ${id}: reported in article ${suggestion.articleId}`;
  // The answer is known before the write, so what the caller keeps of it joins the batch.
  const answer = await answerWith.present({
    suggestion: { ...suggestion, state: "accepted", decidedBy: actor, decidedAt: now, eventId },
    url,
    claim: {
      ...claim,
      status: suggestion.status,
      reviewerName: suggestion.reviewerName,
      reviewerCountry: suggestion.reviewerCountry,
      version: claim.version + 1,
      updatedAt: now,
    },
  });
  // Each statement holds only while the claim is at the version read and the suggestion is
  // open, so the event, the status and the decision are written together or not at all.
  const open = sql`EXISTS (SELECT 1 FROM claim_suggestions WHERE id = ${id} AND state = 'open')`;
  const results = await runBatch(ctx.d1, [
    sql`INSERT INTO claim_events (id, claim_id, from_status, to_status, reviewer_name,
        reviewer_country, note, evidence, actor, version)
      SELECT ${eventId}, id, status, ${suggestion.status}, ${suggestion.reviewerName},
        ${suggestion.reviewerCountry}, ${note}, ${JSON.stringify([url])}, ${actor}, version + 1
      FROM claims WHERE id = ${claim.id} AND version = ${claim.version} AND ${open}`,
    sql`UPDATE claims SET status = ${suggestion.status}, reviewer_name = ${suggestion.reviewerName},
        reviewer_country = ${suggestion.reviewerCountry}, version = version + 1,
        updated_at = ${now}
      WHERE id = ${claim.id} AND version = ${claim.version} AND ${open}`,
    decisionStatement(id, "accepted", actor, eventId, now),
    ...((await answerWith.alongside?.(answer, decisionWritten(id, eventId))) ?? []),
    matchingClaimsStatement(claim.id),
  ]);
  if (results[1]?.meta.changes !== 1) {
    // Someone changed the claim or decided the suggestion in between: say which.
    const after = await findSuggestion(db, id);
    if (alreadyDecided(after.suggestion, "accepted")) return current(db, id, answerWith);
    throw new ApiError(
      "precondition_failed",
      "The claim changed while the suggestion was accepted; fetch it again and retry",
    );
  }
  await purgeCached(publicUrlsOfStatusChange(ctx.origin, claim, results.at(-1)));
  await enqueueDeliveries(
    db,
    ctx.queue,
    [{ id: eventId, type: "claim.status_changed" }],
    ctx.requestId,
  );
  return answer;
}

/** Rejects a suggestion: a history event records it; the claim's status and version stay. */
export async function rejectSuggestionOf<T>(
  ctx: StatusChangeContext,
  id: string,
  answerWith: DecisionAnswer<T>,
): Promise<T> {
  const db = ctx.db;
  const { suggestion, url } = await findSuggestion(db, id);
  if (alreadyDecided(suggestion, "rejected")) return current(db, id, answerWith);
  const claim = await findClaim(db, suggestion.claimId);
  const actor = ctx.actor;
  const eventId = newId("evt");
  const now = new Date().toISOString();
  const note = `Rejected suggestion ${id} (${suggestion.status}): reported in article ${suggestion.articleId}`;
  const answer = await answerWith.present({
    suggestion: { ...suggestion, state: "rejected", decidedBy: actor, decidedAt: now, eventId },
    url,
    claim,
  });
  // The status stays, and so does the version: the event records the decision only.
  const [, decided] = await runBatch(ctx.d1, [
    sql`INSERT INTO claim_events (id, claim_id, from_status, to_status, reviewer_name,
        reviewer_country, note, evidence, actor, version)
      SELECT ${eventId}, id, status, status, reviewer_name, reviewer_country, ${note}, '[]',
        ${actor}, version
      FROM claims WHERE id = ${suggestion.claimId}
        AND EXISTS (SELECT 1 FROM claim_suggestions WHERE id = ${id} AND state = 'open')`,
    decisionStatement(id, "rejected", actor, eventId, now),
    ...((await answerWith.alongside?.(answer, decisionWritten(id, eventId))) ?? []),
  ]);
  if (decided?.meta.changes === 1) return answer;
  // Decided in between: rejected (answered as it stands) or accepted (a 409).
  const after = await findSuggestion(db, id);
  alreadyDecided(after.suggestion, "rejected");
  return current(db, id, answerWith);
}

/** True in the batch once the decision with event `eventId` is written. */
const decisionWritten = (id: string, eventId: string) =>
  sql`EXISTS (SELECT 1 FROM claim_suggestions WHERE id = ${id} AND event_id = ${eventId})`;

function decisionStatement(
  id: string,
  decision: Decision,
  actor: string,
  eventId: string,
  now: string,
) {
  return sql`UPDATE claim_suggestions SET state = ${decision}, decided_by = ${actor},
      decided_at = ${now}, event_id = ${eventId}
    WHERE id = ${id} AND state = 'open'
      AND EXISTS (SELECT 1 FROM claim_events WHERE id = ${eventId})`;
}
