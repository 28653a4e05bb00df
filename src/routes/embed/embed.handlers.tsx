import type { RouteHandler } from "@hono/zod-openapi";
import { asc, desc, eq } from "drizzle-orm";
import { byReadingOrder, presentClaim, presentEvent } from "../../claims/records";
import { articles, claimEvents, claims } from "../../db/schema";
import { claimReview } from "../../embed/claimreview";
import { ArticlePage, ClaimPage, styleSource } from "../../embed/pages";
import widgetSource from "../../embed/widget.client.js";
import type { AppEnv, Database } from "../../env";
import { sha256Hex } from "../../lib/crypto";
import { ApiError } from "../../lib/problem";
import { claimTitle } from "../../lib/text";
import { matchSummaries } from "../../matching/summary";
import type {
  articleEmbed,
  claimEmbed,
  claimReviewRoute,
  oembed,
  widgetScript,
} from "./embed.routes";

/**
 * The widget as served: its source without comments and indentation (it is
 * written with none inside strings that this could break), about a third smaller.
 */
const widget = widgetSource
  .replace(/\/\*\*[\s\S]*?\*\//g, "")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("//"))
  .join("\n");
const widgetEtag = sha256Hex(widget).then((hash) => `"${hash.slice(0, 32)}"`);

export const widgetScriptHandler: RouteHandler<typeof widgetScript, AppEnv> = async (c) => {
  c.header("Content-Type", "text/javascript; charset=utf-8");
  c.header("Cache-Control", "public, max-age=3600, stale-while-revalidate=86400");
  c.header("ETag", await widgetEtag);
  return c.body(widget, 200);
};

async function loadClaim(db: Database, id: string) {
  const [row] = await db
    .select({ claim: claims, article: articles })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(eq(claims.id, id));
  if (!row) throw new ApiError("not_found", `No claim ${id}`);
  return row;
}

/** The ClaimReview of a claim as stored, or null when its status has no rating. */
async function reviewOf(c: Parameters<RouteHandler<typeof claimEmbed, AppEnv>>[0], id: string) {
  const db = c.var.db;
  const { claim, article } = await loadClaim(db, id);
  const [rated] = await db
    .select({ createdAt: claimEvents.createdAt })
    .from(claimEvents)
    .where(eq(claimEvents.claimId, id))
    .orderBy(desc(claimEvents.seq))
    .limit(1);
  const origin = new URL(c.req.url).origin;
  const presented = presentClaim(claim);
  const review = claimReview({
    claim: presented,
    article: {
      url: article.url,
      title: article.title,
      outlet: article.outlet,
      published_at: article.publishedAt,
      created_at: article.createdAt,
    },
    ratedAt: rated?.createdAt ?? claim.updatedAt,
    reviewUrl: `${origin}/embed/claims/${id}`,
    publisher: { name: c.env.PUBLISHER_NAME ?? "Claimtrail", url: origin },
  });
  return { claim: presented, article, review };
}

async function securePage(c: { header: (name: string, value: string) => void }) {
  // Frameable anywhere, but nothing in the page can run or load anything.
  c.header(
    "Content-Security-Policy",
    `default-src 'none'; style-src ${await styleSource}; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *`,
  );
  c.header("Cache-Control", "public, max-age=0, must-revalidate");
}

export const claimEmbedHandler: RouteHandler<typeof claimEmbed, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { theme } = c.req.valid("query");
  const { claim, article, review } = await reviewOf(c, id);
  const history = await c.var.db
    .select()
    .from(claimEvents)
    .where(eq(claimEvents.claimId, id))
    .orderBy(asc(claimEvents.seq))
    .limit(500);
  const origin = new URL(c.req.url).origin;
  const alsoChecked = (await matchSummaries(c.var.db, [id])).get(id)?.already_checked ?? null;
  await securePage(c);
  return c.html(
    <ClaimPage
      alsoChecked={alsoChecked}
      claimPageUrl={(other) => `${origin}/embed/claims/${other}?theme=${theme}`}
      claim={claim}
      article={article}
      history={history.map(presentEvent)}
      theme={theme}
      oembedUrl={`${origin}/oembed?format=json&url=${encodeURIComponent(`${origin}/embed/claims/${id}`)}`}
      jsonLd={review}
    />,
    200,
  );
};

export const articleEmbedHandler: RouteHandler<typeof articleEmbed, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { theme } = c.req.valid("query");
  const db = c.var.db;
  const [article] = await db.select().from(articles).where(eq(articles.id, id));
  if (!article) throw new ApiError("not_found", `No article ${id}`);
  const rows = await db
    .select()
    .from(claims)
    .where(eq(claims.articleId, id))
    .orderBy(asc(claims.id));
  rows.sort(byReadingOrder);
  const summaries = await matchSummaries(
    db,
    rows.map((r) => r.id),
  );
  const origin = new URL(c.req.url).origin;
  await securePage(c);
  return c.html(
    <ArticlePage
      article={article}
      claims={rows.map((row) => ({
        ...presentClaim(row),
        already_checked: summaries.get(row.id)?.already_checked ?? null,
      }))}
      claimPageUrl={(claimId) => `${origin}/embed/claims/${claimId}?theme=${theme}`}
      theme={theme}
      oembedUrl={`${origin}/oembed?format=json&url=${encodeURIComponent(`${origin}/embed/articles/${id}`)}`}
    />,
    200,
  );
};

export const claimReviewHandler: RouteHandler<typeof claimReviewRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { claim, review } = await reviewOf(c, id);
  if (!review) {
    throw new ApiError(
      "claim_not_rated",
      // "under Turkish review": only the label's first letter goes lower case, never a country's.
      `Claim ${id} is ${claim.status_label.charAt(0).toLowerCase()}${claim.status_label.slice(1)}: it has no rating yet`,
    );
  }
  c.header("Cache-Control", "public, max-age=0, must-revalidate");
  return c.json(review, 200, { "Content-Type": "application/ld+json; charset=utf-8" });
};

const EMBEDDABLE = /^\/(?:embed|v1)\/(claims|articles)\/([^/?#]+)\/?$/;
const escapeAttribute = (value: string) =>
  value
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");

export const oembedHandler: RouteHandler<typeof oembed, AppEnv> = async (c) => {
  const { url, format, maxwidth, maxheight } = c.req.valid("query");
  if (format !== "json") throw new ApiError("not_implemented", "Only format=json is supported");
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not a URL at all: not an embeddable one either (the schema admits any string here).
    throw new ApiError("not_found", "This URL is not an embeddable claim or article of this API");
  }
  const match = EMBEDDABLE.exec(path);
  if (!match)
    throw new ApiError("not_found", "This URL is not an embeddable claim or article of this API");
  const [, kind, rawId] = match;
  let id: string;
  try {
    id = decodeURIComponent(rawId ?? "");
  } catch {
    throw new ApiError("not_found", "This URL does not name a claim or article of this API");
  }
  const db = c.var.db;
  let title: string;
  if (kind === "claims") {
    const { claim } = await loadClaim(db, id);
    title = claimTitle(presentClaim(claim).status_label, claim.text, 120);
  } else {
    const [article] = await db
      .select({ title: articles.title })
      .from(articles)
      .where(eq(articles.id, id));
    if (!article) throw new ApiError("not_found", `No article ${id}`);
    title = `Claims in: ${article.title}`;
  }
  const origin = new URL(c.req.url).origin;
  const width = Math.min(480, maxwidth ?? 480);
  const height = Math.min(kind === "claims" ? 360 : 480, maxheight ?? Number.POSITIVE_INFINITY);
  const src = `${origin}/embed/${kind}/${encodeURIComponent(id)}`;
  const html =
    `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" title="${escapeAttribute(title)}" ` +
    `style="border:0;max-width:100%" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`;
  c.header("Cache-Control", "public, max-age=0, must-revalidate");
  return c.json(
    {
      version: "1.0" as const,
      type: "rich" as const,
      provider_name: "Claimtrail",
      provider_url: origin,
      title,
      html,
      width,
      height,
      cache_age: 60,
    },
    200,
  );
};
