import type { RouteHandler } from "@hono/zod-openapi";
import type { SQL } from "drizzle-orm";
import { and, desc, eq, lt } from "drizzle-orm";
import type { Context } from "hono";
import { requestChangeContext } from "../../claims/change-status";
import { claimEtag } from "../../claims/records";
import { acceptSuggestionOf, type Decided, rejectSuggestionOf } from "../../claims/suggestions";
import { articles, claimSuggestions } from "../../db/schema";
import type { AppEnv } from "../../env";
import { decodeCursor, isIdCursor, paginate } from "../../lib/cursor";
import { presentOneClaim } from "../../matching/summary";
import { keepIdempotentResponse } from "../../middleware/idempotency";
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

/** How the API answers a decision: the suggestion and its claim, the claim's ETag kept with it. */
function decisionAnswer(c: Context<AppEnv>) {
  const db = c.var.db;
  return {
    present: async ({ suggestion, url, claim }: Decided) => ({
      json: {
        suggestion: presentSuggestion(suggestion, url),
        claim: await presentOneClaim(db, claim),
      },
      etag: claimEtag(claim.version),
    }),
    // A retry of a decision that committed replays this answer (see idempotency.ts).
    alongside: (answer: { json: unknown; etag: string }, written: SQL) =>
      keepIdempotentResponse(c, {
        status: 200,
        json: answer.json,
        headers: { etag: answer.etag },
        when: written,
      }),
  };
}

export const acceptSuggestionHandler: RouteHandler<typeof acceptSuggestion, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { json, etag } = await acceptSuggestionOf(
    requestChangeContext(c, c.var.principal?.name ?? "unknown"),
    id,
    c.req.valid("header")["if-match"],
    decisionAnswer(c),
  );
  c.header("ETag", etag);
  return c.json(json, 200);
};

export const rejectSuggestionHandler: RouteHandler<typeof rejectSuggestion, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { json, etag } = await rejectSuggestionOf(
    requestChangeContext(c, c.var.principal?.name ?? "unknown"),
    id,
    decisionAnswer(c),
  );
  c.header("ETag", etag);
  return c.json(json, 200);
};
