import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { changeStatus, findClaim, requestChangeContext } from "../../claims/change-status";
import { claimantAlias, ftsQuery } from "../../claims/queries";
import { listPresentedClaims, presentRow, readPresentedClaim } from "../../claims/reads";
import { presentEvent } from "../../claims/records";
import { isWindowCursor, rankedSearch } from "../../claims/search";
import { claimEvents } from "../../db/schema";
import type { AppEnv } from "../../env";
import { decodeCursor, encodeCursor, isIdCursor, isSeqCursor, paginate } from "../../lib/cursor";
import { ApiError } from "../../lib/problem";
import { presentedEtag, presentOneClaim } from "../../matching/summary";
import { keepIdempotentResponse } from "../../middleware/idempotency";
import type { changeClaimStatus, getClaim, getClaimHistory, listClaims } from "./claims.routes";

export const listClaimsHandler: RouteHandler<typeof listClaims, AppEnv> = async (c) => {
  const { cursor, limit, status, claimant, reviewer, article_id, q } = c.req.valid("query");
  const db = c.var.db;
  const filters = {
    status,
    claimant,
    claimantAlias: claimant ? claimantAlias(claimant) : undefined,
    reviewer,
    articleId: article_id,
  };

  if (q) {
    const match = ftsQuery(q);
    // No letter or digit: no word to search for, so no claim matches (the schema admits it).
    if (!match) return c.json({ data: [], next_cursor: null }, 200);
    const after = cursor ? decodeCursor(cursor, isWindowCursor) : undefined;
    const found = await rankedSearch(db, match, filters, { after, limit: limit + 1 });
    const page = found.slice(0, limit);
    const last = page.at(-1);
    const next_cursor = found.length > limit && last ? encodeCursor({ ...last.cursor }) : null;
    return c.json({ data: page.map((f) => presentRow(f.row)), next_cursor }, 200);
  }

  const afterId = cursor ? decodeCursor(cursor, isIdCursor).id : undefined;
  const rows = await listPresentedClaims(c.var.session, filters, {
    afterId,
    limit: limit + 1,
  });
  const { page, next_cursor } = paginate(rows, limit, (row) => ({ id: row.id }));
  return c.json({ data: page, next_cursor }, 200);
};

export const getClaimHandler: RouteHandler<typeof getClaim, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const claim = await readPresentedClaim(c.var.session, id);
  if (!claim) throw new ApiError("not_found", `No claim ${id}`);
  c.header("ETag", presentedEtag(claim));
  c.header("Cache-Control", "public, max-age=0, must-revalidate");
  return c.json(claim, 200);
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

export const changeClaimStatusHandler: RouteHandler<typeof changeClaimStatus, AppEnv> = async (
  c,
) => {
  const { id } = c.req.valid("param");
  const ifMatch = c.req.valid("header")["if-match"];
  const db = c.var.db;
  const { answer } = await changeStatus(
    requestChangeContext(c, c.var.principal?.name ?? "unknown"),
    id,
    c.req.valid("json"),
    ifMatch,
    {
      present: (row) => presentOneClaim(db, row),
      // A retry of a change that committed replays this answer (see idempotency.ts).
      alongside: (body, _tag, eventId) =>
        keepIdempotentResponse(c, {
          status: 200,
          json: body,
          headers: { etag: presentedEtag(body) },
          when: sql`EXISTS (SELECT 1 FROM claim_events WHERE id = ${eventId})`,
        }),
    },
  );
  c.header("ETag", presentedEtag(answer));
  return c.json(answer, 200);
};
