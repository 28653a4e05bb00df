import type { RouteHandler } from "@hono/zod-openapi";
import { asc, desc, eq, getTableColumns, gt, isNotNull } from "drizzle-orm";
import { presentEvent } from "../../claims/records";
import { claimEvents, claims } from "../../db/schema";
import type { AppEnv } from "../../env";
import { decodeCursor, encodeCursor, isSeqCursor } from "../../lib/cursor";
import { claimTitle } from "../../lib/text";
import type { changesAtom, listChanges } from "./changes.routes";

export const listChangesHandler: RouteHandler<typeof listChanges, AppEnv> = async (c) => {
  const { after, limit } = c.req.valid("query");
  const from = after ? decodeCursor(after, isSeqCursor).seq : 0;
  const rows = await c.var.db
    .select({ ...getTableColumns(claimEvents), articleId: claims.articleId })
    .from(claimEvents)
    .innerJoin(claims, eq(claims.id, claimEvents.claimId))
    .where(gt(claimEvents.seq, from))
    .orderBy(asc(claimEvents.seq))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const resume = encodeCursor({ seq: last?.seq ?? from });
  c.header("Cache-Control", "no-store");
  return c.json(
    {
      data: page.map((row) => ({ ...presentEvent(row), article_id: row.articleId })),
      next_cursor: rows.length > limit ? resume : null,
      resume_cursor: resume,
    },
    200,
  );
};

const xml = (value: string) =>
  value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

/** Characters XML 1.0 cannot carry at all, even escaped. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const text = (value: string) => xml(value.replace(notXmlChar, "\uFFFD"));

export const changesAtomHandler: RouteHandler<typeof changesAtom, AppEnv> = async (c) => {
  const origin = new URL(c.req.url).origin;
  const rows = await c.var.db
    .select({ event: claimEvents, claimText: claims.text })
    .from(claimEvents)
    .innerJoin(claims, eq(claims.id, claimEvents.claimId))
    .where(isNotNull(claimEvents.fromStatus))
    .orderBy(desc(claimEvents.seq))
    .limit(50);
  const updated = rows[0]?.event.createdAt ?? "1970-01-01T00:00:00.000Z";
  const entries = rows.map(({ event, claimText }) => {
    const change = presentEvent(event);
    const link = `${origin}/embed/claims/${change.claim_id}`;
    const summary = [`${change.from_status} → ${change.to_status}`, change.note, ...change.evidence]
      .filter(Boolean)
      .join("\n");
    return `<entry>
<id>${xml(`${origin}/v1/changes#${change.id}`)}</id>
<title>${text(claimTitle(change.status_label, claimText, 140))}</title>
<updated>${xml(change.created_at)}</updated>
<author><name>${text(change.actor)}</name></author>
<link rel="alternate" type="text/html" href="${xml(link)}"/>
<summary type="text">${text(summary)}</summary>
</entry>`;
  });
  const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${xml(`${origin}/feeds/changes.atom`)}</id>
<title>Claimtrail: claim status changes</title>
<updated>${xml(updated)}</updated>
<link rel="self" type="application/atom+xml" href="${xml(`${origin}/feeds/changes.atom`)}"/>
<generator>Claimtrail</generator>
${entries.join("\n")}
</feed>
`;
  c.header("Cache-Control", "public, max-age=60");
  return c.body(feed, 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
};
