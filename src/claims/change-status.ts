import { and, eq, sql } from "drizzle-orm";
import { runBatch } from "../db/batch";
import { claims } from "../db/schema";
import type { Database, WebhookMessage } from "../env";
import { etagMatches } from "../lib/etag";
import { newId } from "../lib/ids";
import { ApiError } from "../lib/problem";
import { publicUrlsOfClaim, purgeCached } from "../middleware/edge-cache";
import { enqueueDeliveries } from "../webhooks/enqueue";
import { claimEtag } from "./records";
import type { ClaimStatus } from "./status";

/** A status change as validated by `StatusChangeSchema` (the API's body, the desk's form). */
export interface StatusChange {
  status: ClaimStatus;
  reviewer?: { name: string; country?: string } | undefined;
  note?: string | undefined;
  evidence?: string[] | undefined;
}

/** What a status change needs from the request: where to write, who writes, and for whom to purge. */
export interface StatusChangeContext {
  db: Database;
  d1: D1Database;
  queue: Queue<WebhookMessage>;
  /** The origin whose cached public reads of the claim are purged. */
  origin: string;
  requestId: string;
  /** Name of the key making the change, recorded in the history. */
  actor: string;
}

export async function findClaim(db: Database, id: string) {
  const [row] = await db.select().from(claims).where(eq(claims.id, id));
  if (!row) throw new ApiError("not_found", `No claim ${id}`);
  return row;
}

/** Attempts when the caller sent no If-Match and someone else writes in between. */
const UNCONDITIONAL_ATTEMPTS = 5;

/**
 * Changes a claim's status: the claim and its history event in one batch, only if the
 * claim is still at the version `ifMatch` names (else a 412 `precondition_failed` and
 * nothing changes); then purges its cached reads and queues the webhook deliveries.
 * The API's `POST /v1/claims/{id}/status` and the desk's status form both come here.
 */
export async function changeStatus(
  ctx: StatusChangeContext,
  id: string,
  change: StatusChange,
  ifMatch: string | undefined,
) {
  const { db } = ctx;
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
    const [, updated] = await runBatch(ctx.d1, [
      sql`INSERT INTO claim_events (id, claim_id, from_status, to_status, reviewer_name,
          reviewer_country, note, evidence, actor, version)
        SELECT ${eventId}, id, status, ${change.status}, ${reviewer?.name ?? null},
          ${reviewer?.country ?? null}, ${change.note ?? null}, ${JSON.stringify(change.evidence ?? [])},
          ${ctx.actor}, version + 1
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
      await purgeCached(publicUrlsOfClaim(ctx.origin, id, row.articleId));
      await enqueueDeliveries(
        db,
        ctx.queue,
        [{ id: eventId, type: "claim.status_changed" }],
        ctx.requestId,
      );
      return row;
    }
    // Someone else changed the claim between our read and our write.
    if (ifMatch !== undefined) throw preconditionFailed(expected + 1);
  }
  throw new ApiError("conflict", "The claim kept changing while we tried to update it; retry");
}

function preconditionFailed(version: number): ApiError {
  return new ApiError(
    "precondition_failed",
    `The claim has changed since you read it (now at ${claimEtag(version)}); fetch it again and retry`,
  );
}
