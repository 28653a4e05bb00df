import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import { runBatch } from "../db/batch";
import { claimEvents, claims } from "../db/schema";
import type { AppEnv, Database, WebhookMessage } from "../env";
import { newId } from "../lib/ids";
import { ApiError } from "../lib/problem";
import {
  matchingClaimsStatement,
  publicUrlsOfStatusChange,
  purgeCached,
} from "../middleware/edge-cache";
import { enqueueDeliveries } from "../webhooks/enqueue";
import { claimEtag, versionMatches } from "./records";
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
  d1: D1DatabaseSession;
  queue: Queue<WebhookMessage>;
  /** The origin whose cached public reads of the claim are purged. */
  origin: string;
  requestId: string;
  /** Name of the key making the change, recorded in the history. */
  actor: string;
}

/** The context of a change made by `actor` in request `c` (the API's key, the desk's session). */
export function requestChangeContext(c: Context<AppEnv>, actor: string): StatusChangeContext {
  return {
    db: c.var.db,
    d1: c.var.session,
    queue: c.env.WEBHOOK_QUEUE,
    origin: new URL(c.req.url).origin,
    requestId: c.var.requestId,
    actor,
  };
}

export async function findClaim(db: Database, id: string) {
  const [row] = await db.select().from(claims).where(eq(claims.id, id));
  if (!row) throw new ApiError("not_found", `No claim ${id}`);
  return row;
}

/** Attempts for `If-Match: *` (any version) when someone else writes in between. */
const ANY_VERSION_ATTEMPTS = 5;

type ClaimRow = typeof claims.$inferSelect;

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

/** How the caller shows the changed claim, and what it writes beside the change (its answer). */
export interface StatusChangeAnswer<T> {
  present: (row: ClaimRow) => T | Promise<T>;
  /** Statements written in the change's batch, given the answer (e.g. a kept Idempotency-Key response). */
  alongside?: (answer: T, etag: string, eventId: string) => Promise<SQL[]>;
}

/**
 * Changes a claim's status: the claim and its history event in one batch, only if the
 * claim is still at the version `ifMatch` names (no If-Match: a 428 naming the current ETag;
 * a stale one: a 412 `precondition_failed`; either way nothing changes); then purges its cached
 * reads and those of the claims that match it (their "Also checked" may name it) and queues the webhook deliveries. Asking for the status, reviewer and note the claim
 * already has changes nothing and answers the current claim. `If-Match: *` applies to whatever
 * version is current. The API's `POST /v1/claims/{id}/status` and the desk's form both come here.
 */
export async function changeStatus<T>(
  ctx: StatusChangeContext,
  id: string,
  change: StatusChange,
  ifMatch: string | undefined,
  answerWith: StatusChangeAnswer<T>,
): Promise<{ row: ClaimRow; answer: T; etag: string }> {
  const { db } = ctx;
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
    if (!versionMatches(ifMatch, current.version)) {
      throw preconditionFailed(current.version);
    }
    // Asking for what the claim already has changes nothing: no new version, no event.
    if (await alreadyApplied(db, current, change)) {
      return {
        row: current,
        answer: await answerWith.present(current),
        etag: claimEtag(current.version),
      };
    }
    const expected = current.version;
    const eventId = newId("evt");
    // The claim as it will be: the answer is known before the write, so what the caller keeps
    // of it (a kept Idempotency-Key response) is written in the same batch.
    const next: ClaimRow = {
      ...current,
      status: change.status,
      reviewerName: reviewer?.name ?? null,
      reviewerCountry: reviewer?.country ?? null,
      version: expected + 1,
      updatedAt: new Date().toISOString(),
    };
    const etag = claimEtag(next.version);
    const answer = await answerWith.present(next);
    // The event is inserted only if the claim is still at `expected`, and the update
    // has the same condition: in one batch, both happen or neither does.
    const results = await runBatch(ctx.d1, [
      sql`INSERT INTO claim_events (id, claim_id, from_status, to_status, reviewer_name,
          reviewer_country, note, evidence, actor, version)
        SELECT ${eventId}, id, status, ${change.status}, ${reviewer?.name ?? null},
          ${reviewer?.country ?? null}, ${change.note ?? null}, ${JSON.stringify(change.evidence ?? [])},
          ${ctx.actor}, version + 1
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
      ...((await answerWith.alongside?.(answer, etag, eventId)) ?? []),
      matchingClaimsStatement(id),
    ]);
    if (results[1]?.meta.changes === 1) {
      await purgeCached(publicUrlsOfStatusChange(ctx.origin, current, results.at(-1)));
      await enqueueDeliveries(
        db,
        ctx.queue,
        [{ id: eventId, type: "claim.status_changed" }],
        ctx.requestId,
      );
      return { row: next, answer, etag };
    }
    // Someone else changed the claim between our read and our write.
    if (!anyVersion) throw preconditionFailed(expected + 1);
  }
  throw new ApiError("conflict", "The claim kept changing while we tried to update it; retry");
}

function preconditionFailed(version: number): ApiError {
  return new ApiError(
    "precondition_failed",
    `The claim has changed since you read it (now at ${claimEtag(version)}); fetch it again and retry`,
    { extra: { current_etag: claimEtag(version) } },
  );
}
