import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { canonicalUrl } from "../../src/claims/canonical-url";
import { insertClaimStatements, presentClaim } from "../../src/claims/records";
import type { claims } from "../../src/db/schema";
import { engineNamed } from "../../src/extract/learned";
import { claimsForArticle } from "../../src/routes/articles/articles.claims";
import { CreateArticleSchema } from "../../src/routes/articles/articles.routes";

const dialect = new SQLiteSyncDialect();
type ClaimRow = typeof claims.$inferSelect;

/**
 * The CPU work of one POST /v1/articles, without its D1 round trips: the body parsed and
 * validated with the route's schema, the canonical URL, extraction, the batch's statements
 * rendered to SQL (as runBatch does), and the article with its claims presented as JSON.
 * Returns the number of claims, so the work cannot be skipped.
 */
export function submissionWork(raw: string, engine: string | undefined): number {
  const input = CreateArticleSchema.parse(JSON.parse(raw));
  canonicalUrl(input.url);
  const items = claimsForArticle(
    input.body ?? "",
    input.claims ?? [],
    input.extract,
    input.title ?? "",
    engineNamed(engine),
  );
  const { statements, ids } = insertClaimStatements(
    "art_01jf8x3k9q7c2m4n5p6r7s8t9v",
    items,
    "bench",
  );
  for (const statement of statements) dialect.sqlToQuery(statement);
  const now = new Date().toISOString();
  const rows = items.map(
    (item, i): ClaimRow => ({
      id: ids[i] as string,
      articleId: "art_01jf8x3k9q7c2m4n5p6r7s8t9v",
      text: item.text,
      quote: item.quote,
      claimantName: item.claimant?.name ?? null,
      claimantDescription: item.claimant?.description ?? null,
      verb: item.verb,
      spanStart: item.span?.start ?? null,
      spanEnd: item.span?.end ?? null,
      foundIn: item.in,
      checkworthiness: item.checkworthiness,
      suggestedStatus: item.suggestedStatus,
      origin: item.origin,
      status: "unverified",
      reviewerName: null,
      reviewerCountry: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }),
  );
  JSON.stringify({ ...input, claims: rows.map(presentClaim) });
  return rows.length;
}
