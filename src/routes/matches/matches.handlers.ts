import type { RouteHandler } from "@hono/zod-openapi";
import { desc, eq, inArray } from "drizzle-orm";
import { findClaim } from "../../claims/change-status";
import { presentClaim } from "../../claims/records";
import { articles, claimMatches, claims } from "../../db/schema";
import type { AppEnv, Database } from "../../env";
import { findMatches } from "../../matching/store";
import { applySummaries, emptySummaries, summaryQueries } from "../../matching/summary";
import { analyse } from "../../matching/text";
import type { getClaimMatches, matchClaims } from "./matches.routes";

/**
 * `{score, claim}` for each (claim id, score), in the given order, with each claim's article:
 * the claims, their articles and their match summaries in one batch (ids are at most 50).
 */
async function presentMatches(db: Database, scored: { id: string; score: number }[]) {
  if (scored.length === 0) return [];
  const ids = [...new Set(scored.map((s) => s.id))];
  const [rows, articleRows, ...summaryRows] = await db.batch([
    db.select().from(claims).where(inArray(claims.id, ids)),
    db
      .select({
        id: articles.id,
        url: articles.url,
        title: articles.title,
        outlet: articles.outlet,
        published_at: articles.publishedAt,
      })
      .from(articles)
      .where(
        inArray(
          articles.id,
          db.select({ id: claims.articleId }).from(claims).where(inArray(claims.id, ids)),
        ),
      ),
    ...summaryQueries(db, ids),
  ]);
  const summaries = applySummaries(emptySummaries(ids), summaryRows);
  const articleOf = new Map(articleRows.map((a) => [a.id, a]));
  const claimOf = new Map(rows.map((r) => [r.id, r]));
  return scored.flatMap(({ id, score }) => {
    const row = claimOf.get(id);
    const article = row ? articleOf.get(row.articleId) : undefined;
    const summary = summaries.get(id);
    if (!row || !article || !summary) return [];
    return [{ score: round(score), claim: { ...presentClaim(row), ...summary, article } }];
  });
}

const round = (score: number) => Math.round(score * 10_000) / 10_000;

export const matchClaimsHandler: RouteHandler<typeof matchClaims, AppEnv> = async (c) => {
  const { text, limit = 10, threshold } = c.req.valid("json");
  const query = analyse(text);
  c.header("Cache-Control", "no-store");
  // "!!! ???", "the of": nothing in it can match anything, so nothing does (as `q` on the list).
  if (query.terms.length === 0 && query.mentions.length === 0) return c.json({ data: [] }, 200);
  const found = await findMatches(c.var.session, query, { limit, threshold });
  return c.json({ data: await presentMatches(c.var.db, found) }, 200);
};

export const getClaimMatchesHandler: RouteHandler<typeof getClaimMatches, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { limit } = c.req.valid("query");
  const db = c.var.db;
  await findClaim(db, id);
  const rows = await db
    .select({ id: claimMatches.matchedClaimId, score: claimMatches.score })
    .from(claimMatches)
    .where(eq(claimMatches.claimId, id))
    .orderBy(desc(claimMatches.score), claimMatches.matchedClaimId)
    .limit(limit);
  c.header("Cache-Control", "public, max-age=0, must-revalidate");
  return c.json({ data: await presentMatches(db, rows) }, 200);
};
