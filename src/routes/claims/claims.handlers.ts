import type { RouteHandler, z } from "@hono/zod-openapi";
import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { ftsQuery, listClaimsQuery, searchClaimsQuery } from "../../claims/queries";
import { claimEtag, presentClaim, presentEvent } from "../../claims/records";
import { runBatch } from "../../db/batch";
import { claimEvents, claims } from "../../db/schema";
import type { AppEnv, Database } from "../../env";
import { decodeCursor, isIdCursor, isRankCursor, isSeqCursor, paginate } from "../../lib/cursor";
import { etagMatches } from "../../lib/etag";
import { newId } from "../../lib/ids";
import { ApiError } from "../../lib/problem";
import { publicUrlsOfClaim, purgeCached } from "../../middleware/edge-cache";
import { keepIdempotentResponse } from "../../middleware/idempotency";
import { enqueueDeliveries } from "../../webhooks/enqueue";
import type { changeClaimStatus, getClaim, getClaimHistory, listClaims } from "./claims.routes";
import type { StatusChangeSchema } from "./claims.schemas";

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
    const after = cursor ? decodeCursor(cursor, isRankCursor) : undefined;
    const rows = await searchClaimsQuery(db, match, filters, { after, limit: limit + 1 });
    const { page, next_cursor } = paginate(rows, limit, (row) => ({ rank: row.rank, id: row.id }));
    return c.json({ data: page.map(presentClaim), next_cursor }, 200);
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

/** Attempts for `If-Match: *` (any version) when someone else writes in between. */
const ANY_VERSION_ATTEMPTS = 5;

type ClaimRow = typeof claims.$inferSelect;
type StatusChange = z.infer<typeof StatusChangeSchema>;

/** Whether `change` asks for what the claim already has: status, reviewer and the last note. */
async function alreadyApplied(db: Database, current: ClaimRow, change: StatusChange) {
  const reviewer = change.reviewer ?? null;
  if (
    current.status !== change.status ||
    current.reviewerName !== (reviewer?.name ?? null) ||
    current.reviewerCountry !== (reviewer?.country ?? null)
  ) {
    return false;
  }
  const [last] = await db
    .select({ note: claimEvents.note, evidence: claimEvents.evidence })
    .from(claimEvents)
    .where(eq(claimEvents.claimId, current.id))
    .orderBy(desc(claimEvents.seq))
    .limit(1);
  const evidence = change.evidence ?? [];
  return (
    (last?.note ?? null) === (change.note ?? null) &&
    (evidence.length === 0 || JSON.stringify(evidence) === JSON.stringify(last?.evidence ?? []))
  );
}

export const changeClaimStatusHandler: RouteHandler<typeof changeClaimStatus, AppEnv> = async (
  c,
) => {
  const { id } = c.req.valid("param");
  const change = c.req.valid("json");
  const ifMatch = c.req.valid("header")["if-match"];
  const db = c.var.db;
  const actor = c.var.principal?.name ?? "unknown";
  const reviewer = change.reviewer ?? null;
  if (ifMatch === undefined) {
    const current = await findClaim(db, id);
    throw new ApiError(
      "precondition_required",
      `Send If-Match with the ETag of the version you are changing (now ${claimEtag(current.version)}), ` +
        `as GET /v1/claims/${id} returns it`,
      { extra: { current_etag: claimEtag(current.version) } },
    );
  }
  const anyVersion = ifMatch.trim() === "*";

  for (let attempt = 0; attempt < ANY_VERSION_ATTEMPTS; attempt++) {
    const current = await findClaim(db, id);
    if (!etagMatches(ifMatch, claimEtag(current.version), { weak: false })) {
      throw preconditionFailed(current.version);
    }
    // Asking for what the claim already has changes nothing: no new version, no event.
    if (await alreadyApplied(db, current, change)) {
      c.header("ETag", claimEtag(current.version));
      return c.json(presentClaim(current), 200);
    }
    const expected = current.version;
    const eventId = newId("evt");
    // The claim as it will be: the answer is known before the write, so a kept
    // Idempotency-Key response is stored in the same batch (see idempotency.ts).
    const next: ClaimRow = {
      ...current,
      status: change.status,
      reviewerName: reviewer?.name ?? null,
      reviewerCountry: reviewer?.country ?? null,
      version: expected + 1,
      updatedAt: new Date().toISOString(),
    };
    const etag = claimEtag(next.version);
    const answer = presentClaim(next);
    // The event is inserted only if the claim is still at `expected`, and the update
    // has the same condition: in one batch, both happen or neither does.
    const [, updated] = await runBatch(c.env.DB, [
      sql`INSERT INTO claim_events (id, claim_id, from_status, to_status, reviewer_name,
          reviewer_country, note, evidence, actor, version)
        SELECT ${eventId}, id, status, ${change.status}, ${reviewer?.name ?? null},
          ${reviewer?.country ?? null}, ${change.note ?? null}, ${JSON.stringify(change.evidence ?? [])},
          ${actor}, version + 1
        FROM claims WHERE id = ${id} AND version = ${expected}`,
      db
        .update(claims)
        .set({
          status: next.status,
          reviewerName: next.reviewerName,
          reviewerCountry: next.reviewerCountry,
          version: sql`${claims.version} + 1`,
          updatedAt: next.updatedAt,
        })
        .where(and(eq(claims.id, id), eq(claims.version, expected))),
      ...keepIdempotentResponse(c, {
        status: 200,
        headers: { "content-type": "application/json", etag },
        body: JSON.stringify(answer),
        when: sql`EXISTS (SELECT 1 FROM claim_events WHERE id = ${eventId})`,
      }),
    ]);
    if (updated?.meta.changes === 1) {
      await purgeCached(publicUrlsOfClaim(new URL(c.req.url).origin, id, current.articleId));
      await enqueueDeliveries(
        db,
        c.env.WEBHOOK_QUEUE,
        [{ id: eventId, type: "claim.status_changed" }],
        c.var.requestId,
      );
      c.header("ETag", etag);
      return c.json(answer, 200);
    }
    // Someone else changed the claim between our read and our write.
    if (!anyVersion) throw preconditionFailed(expected + 1);
  }
  throw new ApiError("conflict", "The claim kept changing while we tried to update it; retry");
};

function preconditionFailed(version: number): ApiError {
  return new ApiError(
    "precondition_failed",
    `The claim has changed since you read it (now at ${claimEtag(version)}); fetch it again and retry`,
    { extra: { current_etag: claimEtag(version) } },
  );
}
