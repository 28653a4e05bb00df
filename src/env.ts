import type { DrizzleD1Database } from "drizzle-orm/d1";
import type * as schema from "./db/schema";

/** Worker bindings, as declared in wrangler.toml (and `.dev.vars` / secrets). */
export interface Bindings {
  DB: D1Database;
  /** Bootstrap secret that acts as an admin key. */
  ADMIN_TOKEN?: string;
  /** Writes per API key (wrangler.toml [[ratelimits]]). */
  WRITE_LIMITER?: RateLimit;
  /** Anonymous reads per client IP. */
  READ_LIMITER?: RateLimit;
  /** Failed authentications per client IP. */
  AUTH_FAILURE_LIMITER?: RateLimit;
  /** Static files in public/ (wrangler.toml [assets]): the /docs reference UI's scripts. */
  ASSETS?: Fetcher;
  /** Webhook deliveries, consumed by this same Worker. */
  WEBHOOK_QUEUE: Queue<WebhookMessage>;
  /** "info" logs every request as a JSON line; "error" only failures. */
  LOG_LEVEL?: string;
  /** The fact-checking organisation named as author of ClaimReview markup. */
  PUBLISHER_NAME?: string;
  /**
   * Signs the desk's session cookies (a Workers secret). Without it they are signed with a
   * key derived from ADMIN_TOKEN, so rotating either ends every desk session.
   */
  DESK_SESSION_SECRET?: string;
  /** Claim extraction: "learned" (rules plus the learned tagger, the default) or "rules" only. */
  EXTRACT_ENGINE?: string;
}

/** One delivery to do: event `eventId` to subscriber `webhookId`. */
export interface WebhookMessage {
  webhookId: string;
  eventId: string;
  type: "claim.status_changed" | "claim.created";
}

export type Database = DrizzleD1Database<typeof schema>;

export const roles = ["submitter", "factchecker", "admin"] as const;
export type Role = (typeof roles)[number];

/** Who is calling: an API key, or the bootstrap ADMIN_TOKEN. */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
}

export interface Variables {
  /** This request's D1 session (src/middleware/db.ts); writes go through it to move its bookmark. */
  session: D1DatabaseSession;
  /** A drizzle client over `session`. */
  db: Database;
  /** The fetch used for pages clients ask us to read; tests inject their own. */
  outboundFetch: typeof fetch;
  requestId: string;
  principal: Principal | null;
  /** The Idempotency-Key this request holds, when it sent one (src/middleware/idempotency.ts). */
  idempotency?: IdempotencyLease;
}

/** An Idempotency-Key held by one attempt: `leaseId` tells this attempt from a later one. */
export interface IdempotencyLease {
  actor: string;
  key: string;
  leaseId: string;
  /** Seals the answer kept for the key (src/lib/seal.ts), derived from the caller's credential. */
  sealer: CryptoKey;
  /**
   * The answer the handler's write batch keeps (keepIdempotentResponse), as its status and body
   * text: a response that is exactly it was kept with the write and is not kept again.
   */
  kept?: { status: number; body: string };
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: Variables;
}
