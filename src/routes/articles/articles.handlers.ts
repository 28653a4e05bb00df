import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import { canonicalUrl } from "../../claims/canonical-url";
import { listArticlesQuery } from "../../claims/queries";
import { presentedArticleClaims, presentedClaimsOfArticleQuery } from "../../claims/reads";
import {
  byReadingOrder,
  creationEventId,
  insertClaimStatements,
  type NewClaim,
  presentClaim,
} from "../../claims/records";
import { runBatch, selectedRows } from "../../db/batch";
import { articles, claims, webhooks } from "../../db/schema";
import type { AppEnv, Database } from "../../env";
import { engineNamed } from "../../extract/learned";
import { detectLanguage } from "../../ingest/language";
import { decodeCursor, isIdCursor, paginate } from "../../lib/cursor";
import { newId } from "../../lib/ids";
import { canonicalLanguageTag, pageLanguage } from "../../lib/language-tag";
import { ApiError } from "../../lib/problem";
import { cutAtWord } from "../../lib/text";
import { matchingStatements } from "../../matching/ingest";
import {
  type MatchSummary,
  type PresentedClaim,
  presentedEtag,
  summarise,
} from "../../matching/summary";
import { publicUrlsOfArticle, purgeCached } from "../../middleware/edge-cache";
import { keepIdempotentResponse } from "../../middleware/idempotency";
import { activeSubscribersQuery, enqueueDeliveries } from "../../webhooks/enqueue";
import { claimsForArticle, submittedClaim } from "./articles.claims";
import { resolveArticleSource } from "./articles.source";

/** A page's own publication time, kept only when it parses as a date. */
function validDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

import type { addClaim, createArticle, getArticle, listArticles } from "./articles.routes";

type ArticleRow = typeof articles.$inferSelect;
type ClaimRow = typeof claims.$inferSelect;

/** A new claim's creation event (its id mirrors the claim's: see insertClaimStatements). */
const creationEvent = (claimId: string) => ({
  id: creationEventId(claimId),
  type: "claim.created" as const,
});

function presentSummary(row: ArticleRow) {
  return {
    id: row.id,
    url: row.url,
    canonical_url: row.canonicalUrl,
    title: row.title,
    outlet: row.outlet,
    author: row.author,
    published_at: row.publishedAt,
    // Canonical also for articles stored before tags were (as sent: "EN").
    language: row.language && canonicalLanguageTag(row.language),
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  };
}

/**
 * The article `where` selects, with its claims in reading order (the title's, then by where they
 * sit in the body) and their match summaries: one round trip; null when there is no such article.
 */
async function readArticle(c: Context<AppEnv>, where: SQL) {
  const db = c.var.db;
  const [article, claimRows] = await runBatch(c.var.session, [
    db.select().from(articles).where(where),
    presentedClaimsOfArticleQuery(db, sql`(SELECT ${articles.id} FROM ${articles} WHERE ${where})`),
  ]);
  const [row] = selectedRows(articles, article);
  return row ? presentArticle(row, presentedArticleClaims(claimRows)) : null;
}

function presentArticle(row: ArticleRow, claimList: PresentedClaim[]) {
  return { ...presentSummary(row), body: row.body, claims: claimList };
}

/** A new article as `presentArticle` will read it back, from the rows its write stores. */
function presented(row: ArticleRow, rows: ClaimRow[], summaries: Map<string, MatchSummary>) {
  const ordered = [...rows].sort((a, b) => (a.id < b.id ? -1 : 1)).sort(byReadingOrder);
  return {
    ...presentSummary(row),
    body: row.body,
    claims: ordered.map((claim) => presentedClaim(claim, summaries)),
  };
}

function presentedClaim(row: ClaimRow, summaries: Map<string, MatchSummary>): PresentedClaim {
  return { ...presentClaim(row), ...(summaries.get(row.id) ?? summarise(0, [])) };
}

async function findArticle(db: Database, id: string) {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  if (!row) throw new ApiError("not_found", `No article ${id}`);
  return row;
}

export const createArticleHandler: RouteHandler<typeof createArticle, AppEnv> = async (c) => {
  const input = c.req.valid("json");
  const db = c.var.db;
  const canonical = canonicalUrl(input.url);
  const byUrl = eq(articles.canonicalUrl, canonical);

  // A submission that brings its text and title needs nothing from the database before its
  // batch, which stores it only if the URL is new and answers with what the URL holds either
  // way (as it does when a concurrent request stores the URL first). One whose page has to be
  // fetched or parsed, or that names no title, looks the URL up first: a stored page is
  // answered without reading it again.
  if (input.body === undefined || input.title === undefined) {
    const existing = await readArticle(c, byUrl);
    if (existing) return c.json(existing, 200);
  }

  const source = await resolveArticleSource(input, c.var.outboundFetch);
  const title = input.title ?? source.title ?? firstLineTitle(source.body);
  const id = newId("art");
  const actor = c.var.principal?.name ?? "unknown";
  const now = new Date().toISOString();
  const row: ArticleRow = {
    id,
    url: input.url,
    canonicalUrl: canonical,
    title: title.slice(0, 500),
    body: source.body,
    outlet: input.outlet ?? source.outlet?.slice(0, 200) ?? null,
    author: input.author ?? source.author?.slice(0, 200) ?? null,
    publishedAt: input.published_at ?? validDate(source.publishedAt),
    // The client's word, else the page's lang/meta, else what the text itself is written in.
    language: input.language ?? pageLanguage(source.language) ?? detectLanguage(source.body),
    submittedBy: actor,
    createdAt: now,
    updatedAt: now,
  };
  const items: NewClaim[] = claimsForArticle(
    source.body,
    input.claims ?? [],
    input.extract,
    title,
    engineNamed(c.env.EXTRACT_ENGINE),
  );
  const inserted = insertClaimStatements(id, items, actor, now);
  // Matching reads before the batch; its rows are written in the same batch as the claims.
  const matching = await matchingStatements(
    c.var.session,
    { id, title },
    inserted.rows.map((claim, i) => ({ id: claim.id, claim: items[i] as NewClaim })),
  );
  // The answer is known before the write, so a retry's copy of it commits with the write.
  const article = presented(row, inserted.rows, matching.summaries);
  const location = `/v1/articles/${id}`;
  // The write, its kept answer, then the reads that follow it, in one round trip: the article
  // stored under this URL (ours, or another request's that won a race) and the webhook
  // subscribers to tell of the new claims.
  const reads = [db.select().from(articles).where(byUrl), activeSubscribersQuery(db)];
  const results = await runBatch(c.var.session, [
    db.insert(articles).values(row).onConflictDoNothing({ target: articles.canonicalUrl }),
    ...inserted.statements,
    ...matching.statements,
    ...(await keepIdempotentResponse(c, {
      status: 201,
      json: article,
      headers: { location },
      when: sql`EXISTS (SELECT 1 FROM articles WHERE id = ${id})`,
    })),
    ...reads,
  ]);
  const [articleResult, subscribersResult] = results.slice(-reads.length);
  const [stored] = selectedRows(articles, articleResult);
  if (!stored) throw new Error(`article ${canonical} missing after insert`);
  // Under a race, another request may have stored this URL first: answer with its article.
  if (stored.id !== id) {
    const theirs = await readArticle(c, eq(articles.id, stored.id));
    if (!theirs) throw new Error(`article ${stored.id} missing after insert`);
    return c.json(theirs, 200);
  }
  await enqueueDeliveries(
    db,
    c.env.WEBHOOK_QUEUE,
    inserted.ids.map(creationEvent),
    c.var.requestId,
    selectedRows(webhooks, subscribersResult),
  );
  c.header("Location", location);
  return c.json(article, 201);
};

export const getArticleHandler: RouteHandler<typeof getArticle, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const article = await readArticle(c, eq(articles.id, id));
  if (!article) throw new ApiError("not_found", `No article ${id}`);
  return c.json(article, 200);
};

export const listArticlesHandler: RouteHandler<typeof listArticles, AppEnv> = async (c) => {
  const { cursor, limit, url, outlet } = c.req.valid("query");
  const afterId = cursor ? decodeCursor(cursor, isIdCursor).id : undefined;
  let canonical: string | undefined;
  if (url !== undefined) {
    try {
      canonical = canonicalUrl(url);
    } catch {
      // Not an absolute URL: no article has it (the schema admits any string here).
      return c.json({ data: [], next_cursor: null }, 200);
    }
  }
  const rows = await listArticlesQuery(
    c.var.db,
    { canonicalUrl: canonical, outlet },
    { afterId, limit: limit + 1 },
  );
  const { page, next_cursor } = paginate(rows, limit, (row) => ({ id: row.id }));
  return c.json({ data: page.map(presentSummary), next_cursor }, 200);
};

export const addClaimHandler: RouteHandler<typeof addClaim, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const input = c.req.valid("json");
  const db = c.var.db;
  const article = await findArticle(db, id);
  const item = submittedClaim(article.body, input, article.title);
  const [duplicate] = await db
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.articleId, id), eq(claims.text, item.text)));
  if (duplicate) {
    throw new ApiError("conflict", `The article already has this claim: ${duplicate.id}`, {
      extra: { existing_claim_id: duplicate.id },
    });
  }
  const actor = c.var.principal?.name ?? "unknown";
  const { statements, rows } = insertClaimStatements(id, [item], actor);
  const [row] = rows;
  if (!row) throw new Error("no claim row to insert");
  const matching = await matchingStatements(c.var.session, article, [{ id: row.id, claim: item }]);
  const claim = presentedClaim(row, matching.summaries);
  const location = `/v1/claims/${row.id}`;
  const etag = presentedEtag(claim);
  // The claim, its kept answer, then the claim stored with this text (ours, or a racing request's).
  const results = await runBatch(c.var.session, [
    ...statements,
    ...matching.statements,
    ...(await keepIdempotentResponse(c, {
      status: 201,
      json: claim,
      headers: { location, etag },
      when: sql`EXISTS (SELECT 1 FROM claims WHERE id = ${row.id})`,
    })),
    db
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.articleId, id), eq(claims.text, item.text))),
  ]);
  const created = (results.at(-1)?.results as { id: string }[] | undefined)?.[0];
  if (!created) throw new Error("claim missing after insert");
  if (created.id !== row.id) {
    throw new ApiError("conflict", `The article already has this claim: ${created.id}`, {
      extra: { existing_claim_id: created.id },
    });
  }
  await purgeCached(publicUrlsOfArticle(new URL(c.req.url).origin, id));
  await enqueueDeliveries(db, c.env.WEBHOOK_QUEUE, [creationEvent(row.id)], c.var.requestId);
  c.header("Location", location);
  c.header("ETag", etag);
  return c.json(claim, 201);
};

/**
 * A page with no title of its own is titled by its text's first line, cut at a word to at most
 * 120 characters with the ellipsis (its text is never empty: a page without text is refused).
 */
function firstLineTitle(body: string): string {
  return cutAtWord((body.trim().split("\n")[0] ?? "").replace(/\s+/gu, " ").trim(), 119);
}
