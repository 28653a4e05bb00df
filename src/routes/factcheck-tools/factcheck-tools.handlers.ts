import type { RouteHandler } from "@hono/zod-openapi";
import { inArray } from "drizzle-orm";
import { ftsQuery, listClaimsQuery, searchClaimsQuery } from "../../claims/queries";
import { presentClaim } from "../../claims/records";
import type { ClaimStatus } from "../../claims/status";
import { articles } from "../../db/schema";
import type { AppEnv } from "../../env";
import { decodeCursor, encodeCursor, isIdCursor, isRankCursor } from "../../lib/cursor";
import { canonicalLanguageTag } from "../../lib/language-tag";
import { claimTitle } from "../../lib/text";
import type { searchFactChecks } from "./factcheck-tools.routes";

/** Statuses that carry a rating, and so a review in Google's sense. */
const RATED: readonly ClaimStatus[] = ["confirmed", "disputed", "refuted"];

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, "");

/** A BCP 47 tag without its region and what follows it: en-US → en, sr-Latn-RS → sr-Latn. */
function withoutRegion(tag: string): string {
  const kept: string[] = [];
  for (const [i, part] of tag.split("-").entries()) {
    if (i > 0 && !/^[A-Za-z]{4}$/.test(part)) break;
    kept.push(part);
  }
  return kept.join("-");
}

export const searchFactChecksHandler: RouteHandler<typeof searchFactChecks, AppEnv> = async (c) => {
  const {
    query,
    languageCode,
    reviewPublisherSiteFilter,
    maxAgeDays,
    pageSize: askedSize,
    pageToken,
    offset,
  } = c.req.valid("query");
  // 0 is unset, as proto3 (which Google's API is transcoded from) reads it.
  const pageSize = askedSize || 10;
  const db = c.var.db;
  const origin = new URL(c.req.url);
  // Google's publisher.site: the host-level site name, without the protocol, "www" or a port.
  const site = bareHost(origin.hostname);
  // Every review here is published by this site: another site's filter matches nothing. The
  // filter may name the site as it is shown, or as the host with its port.
  if (
    reviewPublisherSiteFilter &&
    ![site, bareHost(origin.host)].includes(bareHost(reviewPublisherSiteFilter))
  ) {
    return c.json({}, 200);
  }
  const filters = {
    status: RATED,
    // As Google's API: the region is not considered (en-US matches every English claim).
    language: languageCode ? withoutRegion(languageCode) : undefined,
    // Age is that of the claim date or the review date, whichever is newer (Google's reference).
    changedOrPublishedSince: maxAgeDays
      ? new Date(Date.now() - maxAgeDays * 86_400_000).toISOString()
      : undefined,
  };

  let rows: (Awaited<ReturnType<typeof listClaimsQuery>>[number] & { rank?: number })[];
  let nextToken: string | undefined;
  if (query) {
    const match = ftsQuery(query);
    // No letter or digit: no word to search for, so no claim matches (the schema admits it).
    if (!match) return c.json({}, 200);
    const after = pageToken ? decodeCursor(pageToken, isRankCursor) : undefined;
    const found = await searchClaimsQuery(db, match, filters, {
      after,
      limit: pageSize + 1,
      offset: after ? undefined : offset,
    });
    rows = found.slice(0, pageSize);
    const last = rows.at(-1);
    if (found.length > pageSize && last)
      nextToken = encodeCursor({ rank: last.rank ?? 0, id: last.id });
  } else {
    const afterId = pageToken ? decodeCursor(pageToken, isIdCursor).id : undefined;
    const found = await listClaimsQuery(db, filters, { afterId, limit: pageSize + 1 }).offset(
      afterId ? 0 : (offset ?? 0),
    );
    rows = found.slice(0, pageSize);
    const last = rows.at(-1);
    if (found.length > pageSize && last) nextToken = encodeCursor({ id: last.id });
  }
  if (rows.length === 0) return c.json({}, 200);

  const articleIds = [...new Set(rows.map((row) => row.articleId))];
  const sources = new Map(
    (await db.select().from(articles).where(inArray(articles.id, articleIds))).map((a) => [
      a.id,
      a,
    ]),
  );
  const publisher = { name: c.env.PUBLISHER_NAME ?? "Claimtrail", site };
  const claims = rows.map((row) => {
    const claim = presentClaim(row);
    const article = sources.get(row.articleId);
    return {
      text: claim.text,
      ...(claim.claimant ? { claimant: claim.claimant.name } : {}),
      ...(article
        ? { claimDate: new Date(article.publishedAt ?? article.createdAt).toISOString() }
        : {}),
      claimReview: [
        {
          publisher,
          url: `${origin.origin}/embed/claims/${claim.id}`,
          title: claimTitle(claim.status_label, claim.text, 120),
          reviewDate: new Date(claim.updated_at).toISOString(),
          textualRating: claim.status_label,
          // The language of the article the claim was read in; omitted when it could not be told.
          ...(article?.language ? { languageCode: canonicalLanguageTag(article.language) } : {}),
        },
      ],
    };
  });
  return c.json({ claims, ...(nextToken ? { nextPageToken: nextToken } : {}) }, 200);
};
