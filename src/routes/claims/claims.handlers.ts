import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { ftsQuery, listClaimsQuery } from "../../claims/queries";
import { claimEtag, presentClaim, presentEvent } from "../../claims/records";
import { isWindowCursor, rankedSearch } from "../../claims/search";
import { runBatch } from "../../db/batch";
import { claimEvents, claims } from "../../db/schema";
import type { AppEnv, Database } from "../../env";
import { decodeCursor, encodeCursor, isIdCursor, isSeqCursor, paginate } from "../../lib/cursor";
import { etagMatches } from "../../lib/etag";
import { newId } from "../../lib/ids";
import { ApiError } from "../../lib/problem";
import { publicUrlsOfClaim, purgeCached } from "../../middleware/edge-cache";
import { enqueueDeliveries } from "../../webhooks/enqueue";
import type { changeClaimStatus, getClaim, getClaimHistory, listClaims } from "./claims.routes";

export async function findClaim(db: Database, id: string) {
  const [row] = await db.select().from(claims).where(eq(claims.id, id));
  if (!row) throw new ApiError("not_found", `No claim ${id}`);
  return row;
}

export const listClaimsHandler: RouteHandler<typeof listClaims, AppEnv> = async (c) => {
  const { cursor, limit, status, claimant, reviewer, article_id, q } = c.req.valid("query");
  const db = c.var.db;
  const filters = { status, claimant, reviewer, articleId: article_id };

  if (q) {
    const match = ftsQuery(q);
    if (!match) {
      throw ApiError.validation("query", [
        { field: "q", message: "Must contain at least one letter or digit" },
      ]);
    }
    const after = cursor ? decodeCursor(cursor, isWindowCursor) : undefined;
    const found = await rankedSearch(db, match, filters, { after, limit: limit + 1 });
    const page = found.slice(0, limit);
    const last = page.at(-1);
    const next_cursor = found.length > limit && last ? encodeCursor({ ...last.cursor }) : null;
    return c.json({ data: page.map((f) => presentClaim(f.row)), next_cursor }, 200);
  }

  const afterId = cursor ? decodeCursor(cursor, isIdCursor).id : undefined;
  const rows = await listClaimsQuery(db, filters, { afterId, limit: limit + 1 });
  const { page, next_cursor } = paginate(rows, limit, (row) => ({ id: row.id }));
  return c.json({ data: page.map(presentClaim), next_cursor }, 200);
};

export const getClaimHandler: RouteHandler<typeof getClaim, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await findClaim(c.var.db, id);
  const etag = claimEtag(row.version);
  c.header("ETag", etag);
  c.header("Cache-Control", "public, max-age=0, must-revalidate");
  return c.json(presentClaim(row), 200);
};

export const getClaimHistoryHandler: RouteHandler<typeof getClaimHistory, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { cursor, limit } = c.req.valid("query");
  await findClaim(c.var.db, id);
  const after = cursor ? decodeCursor(cursor, isSeqCursor) : null;
  const rows = await c.var.db
    .select()
    .from(claimEvents)
    .where(and(eq(claimEvents.claimId, id), after ? gt(claimEvents.seq, after.seq) : undefined))
    .orderBy(asc(claimEvents.seq))
    .limit(limit + 1);
  const { page, next_cursor } = paginate(rows, limit, (row) => ({ seq: row.seq }));
  return c.json({ data: page.map(presentEvent), next_cursor }, 200);
};

/** Attempts when the caller sent no If-Match and someone else writes in between. */
const UNCONDITIONAL_ATTEMPTS = 5;

export const changeClaimStatusHandler: RouteHandler<typeof changeClaimStatus, AppEnv> = async (
  c,
) => {
  const { id } = c.req.valid("param");
  const change = c.req.valid("json");
  const ifMatch = c.req.valid("header")["if-match"];
  const db = c.var.db;
  const actor = c.var.principal?.name ?? "unknown";
  const reviewer = change.reviewer ?? null;

  for (let attempt = 0; attempt < UNCONDITIONAL_ATTEMPTS; attempt++) {
    const current = await findClaim(db, id);
    if (
      ifMatch !== undefined &&
      !etagMatches(ifMatch, claimEtag(current.version), { weak: false })
    ) {
      throw preconditionFailed(current.version);
    }
    const expected = current.version;
    const eventId = newId("evt");
    // The event is inserted only if the claim is still at `expected`, and the update
    // has the same condition: in one batch, both happen or neither does.
    const [, updated] = await runBatch(c.var.session, [
      sql`INSERT INTO claim_events (id, claim_id, from_status, to_status, reviewer_name,
          reviewer_country, note, evidence, actor, version)
        SELECT ${eventId}, id, status, ${change.status}, ${reviewer?.name ?? null},
          ${reviewer?.country ?? null}, ${change.note ?? null}, ${JSON.stringify(change.evidence ?? [])},
          ${actor}, version + 1
        FROM claims WHERE id = ${id} AND version = ${expected}`,
      db
        .update(claims)
        .set({
          status: change.status,
          reviewerName: reviewer?.name ?? null,
          reviewerCountry: reviewer?.country ?? null,
          version: sql`${claims.version} + 1`,
          updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
        })
        .where(and(eq(claims.id, id), eq(claims.version, expected))),
    ]);
    if (updated?.meta.changes === 1) {
      const row = await findClaim(db, id);
      await purgeCached(publicUrlsOfClaim(new URL(c.req.url).origin, id, row.articleId));
      await enqueueDeliveries(
        db,
        c.env.WEBHOOK_QUEUE,
        [{ id: eventId, type: "claim.status_changed" }],
        c.var.requestId,
      );
      c.header("ETag", claimEtag(row.version));
      return c.json(presentClaim(row), 200);
    }
    // Someone else changed the claim between our read and our write.
    if (ifMatch !== undefined) throw preconditionFailed(expected + 1);
  }
  throw new ApiError("conflict", "The claim kept changing while we tried to update it; retry");
};

function preconditionFailed(version: number): ApiError {
  return new ApiError(
    "precondition_failed",
    `The claim has changed since you read it (now at ${claimEtag(version)}); fetch it again and retry`,
  );
}
