import type { RouteHandler } from "@hono/zod-openapi";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { findClaim } from "../../claims/change-status";
import { claimEtag } from "../../claims/records";
import { runBatch } from "../../db/batch";
import { articles, claimSuggestions, claims } from "../../db/schema";
import type { AppEnv, Database } from "../../env";
import { decodeCursor, isIdCursor, paginate } from "../../lib/cursor";
import { etagMatches } from "../../lib/etag";
import { newId } from "../../lib/ids";
import { ApiError } from "../../lib/problem";
import { presentOneClaim } from "../../matching/summary";
import { publicUrlsOfClaim, purgeCached } from "../../middleware/edge-cache";
import { enqueueDeliveries } from "../../webhooks/enqueue";
import type { acceptSuggestion, listSuggestions, rejectSuggestion } from "./suggestions.routes";

type SuggestionRow = typeof claimSuggestions.$inferSelect;

function presentSuggestion(row: SuggestionRow, articleUrl: string) {
  return {
    id: row.id,
    status: row.state,
    claim_id: row.claimId,
    suggested_status: {
      status: row.status,
      reviewer: row.reviewerName ? { name: row.reviewerName, country: row.reviewerCountry } : null,
    },
    reason: row.reason,
    source: { claim_id: row.sourceClaimId, article_id: row.articleId, article_url: articleUrl },
    score: row.score,
    decided_by: row.decidedBy,
    decided_at: row.decidedAt,
    event_id: row.eventId,
    created_at: row.createdAt,
  };
}

async function findSuggestion(db: Database, id: string) {
  const [found] = await db
    .select({ suggestion: claimSuggestions, url: articles.url })
    .from(claimSuggestions)
    .innerJoin(articles, eq(articles.id, claimSuggestions.articleId))
    .where(eq(claimSuggestions.id, id));
  if (!found) throw new ApiError("not_found", `No suggestion ${id}`);
  return found;
}

export const listSuggestionsHandler: RouteHandler<typeof listSuggestions, AppEnv> = async (c) => {
  const { cursor, limit, status, claim_id } = c.req.valid("query");
  const afterId = cursor ? decodeCursor(cursor, isIdCursor).id : undefined;
  const rows = await c.var.db
    .select({ suggestion: claimSuggestions, url: articles.url })
    .from(claimSuggestions)
    .innerJoin(articles, eq(articles.id, claimSuggestions.articleId))
    .where(
      and(
        eq(claimSuggestions.state, status),
        claim_id ? eq(claimSuggestions.claimId, claim_id) : undefined,
        afterId ? lt(claimSuggestions.id, afterId) : undefined,
      ),
    )
    .orderBy(desc(claimSuggestions.id))
    .limit(limit + 1);
  const { page, next_cursor } = paginate(rows, limit, (row) => ({ id: row.suggestion.id }));
  c.header("Cache-Control", "private, no-store");
  return c.json(
    { data: page.map((row) => presentSuggestion(row.suggestion, row.url)), next_cursor },
    200,
  );
};

type Decision = "accepted" | "rejected";

/** The answer once a suggestion is decided: it, and its claim as it now is. */
async function decided(
  c: Parameters<RouteHandler<typeof acceptSuggestion, AppEnv>>[0],
  id: string,
) {
  const db = c.var.db;
  const { suggestion, url } = await findSuggestion(db, id);
  const claim = await findClaim(db, suggestion.claimId);
  c.header("ETag", claimEtag(claim.version));
  return c.json(
    { suggestion: presentSuggestion(suggestion, url), claim: await presentOneClaim(db, claim) },
    200,
  );
}

/** An accepted suggestion is accepted again, a rejected one rejected again: nothing changes. */
function alreadyDecided(row: SuggestionRow, decision: Decision): boolean {
  if (row.state === "open") return false;
  if (row.state === decision) return true;
  throw new ApiError("conflict", `Suggestion ${row.id} is already ${row.state}`, {
    extra: { suggestion_status: row.state },
  });
}

export const acceptSuggestionHandler: RouteHandler<typeof acceptSuggestion, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const ifMatch = c.req.valid("header")["if-match"];
  const db = c.var.db;
  const { suggestion, url } = await findSuggestion(db, id);
  if (alreadyDecided(suggestion, "accepted")) return decided(c, id);
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
  const actor = c.var.principal?.name ?? "unknown";
  const eventId = newId("evt");
  const note = `Accepted suggestion ${id}: reported in article ${suggestion.articleId}`;
  // Each statement holds only while the claim is at the version read and the suggestion is
  // open, so the event, the status and the decision are written together or not at all.
  const open = sql`EXISTS (SELECT 1 FROM claim_suggestions WHERE id = ${id} AND state = 'open')`;
  const [, updated] = await runBatch(c.var.session, [
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
    if (alreadyDecided(now.suggestion, "accepted")) return decided(c, id);
    throw new ApiError(
      "precondition_failed",
      "The claim changed while the suggestion was accepted; fetch it again and retry",
    );
  }
  await purgeCached(publicUrlsOfClaim(new URL(c.req.url).origin, claim.id, claim.articleId));
  await enqueueDeliveries(
    db,
    c.env.WEBHOOK_QUEUE,
    [{ id: eventId, type: "claim.status_changed" }],
    c.var.requestId,
  );
  return decided(c, id);
};

export const rejectSuggestionHandler: RouteHandler<typeof rejectSuggestion, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const db = c.var.db;
  const { suggestion } = await findSuggestion(db, id);
  if (alreadyDecided(suggestion, "rejected")) return decided(c, id);
  const actor = c.var.principal?.name ?? "unknown";
  const eventId = newId("evt");
  const note = `Rejected suggestion ${id} (${suggestion.status}): reported in article ${suggestion.articleId}`;
  // The status stays, and so does the version: the event records the decision only.
  await runBatch(c.var.session, [
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
  return decided(c, id);
};

function decisionStatement(id: string, decision: Decision, actor: string, eventId: string) {
  return sql`UPDATE claim_suggestions SET state = ${decision}, decided_by = ${actor},
      decided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), event_id = ${eventId}
    WHERE id = ${id} AND state = 'open'
      AND EXISTS (SELECT 1 FROM claim_events WHERE id = ${eventId})`;
}
