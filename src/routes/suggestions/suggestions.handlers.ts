import type { RouteHandler } from "@hono/zod-openapi";
import { and, desc, eq, lt } from "drizzle-orm";
import { findClaim, requestChangeContext } from "../../claims/change-status";
import { claimEtag } from "../../claims/records";
import { acceptSuggestionOf, findSuggestion, rejectSuggestionOf } from "../../claims/suggestions";
import { articles, claimSuggestions } from "../../db/schema";
import type { AppEnv } from "../../env";
import { decodeCursor, isIdCursor, paginate } from "../../lib/cursor";
import { presentOneClaim } from "../../matching/summary";
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

export const acceptSuggestionHandler: RouteHandler<typeof acceptSuggestion, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  await acceptSuggestionOf(
    requestChangeContext(c, c.var.principal?.name ?? "unknown"),
    id,
    c.req.valid("header")["if-match"],
  );
  return decided(c, id);
};

export const rejectSuggestionHandler: RouteHandler<typeof rejectSuggestion, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  await rejectSuggestionOf(requestChangeContext(c, c.var.principal?.name ?? "unknown"), id);
  return decided(c, id);
};
