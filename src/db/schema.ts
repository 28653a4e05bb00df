import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

/** ISO 8601 UTC timestamps with milliseconds, as SQLite writes them. */
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const apiKeys = sqliteTable("api_keys", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  role: text("role", { enum: ["submitter", "factchecker", "admin"] }).notNull(),
  /** Hex SHA-256 of the secret; the secret itself is never stored. */
  keyHash: text("key_hash").notNull().unique(),
  /** First characters of the secret, so people can tell keys apart in a list. */
  prefix: text("prefix").notNull(),
  createdAt: text("created_at").notNull().default(now),
  revokedAt: text("revoked_at"),
});

export const articles = sqliteTable(
  "articles",
  {
    id: text("id").primaryKey(),
    url: text("url").notNull(),
    canonicalUrl: text("canonical_url").notNull().unique(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    outlet: text("outlet"),
    author: text("author"),
    publishedAt: text("published_at"),
    language: text("language"),
    submittedBy: text("submitted_by").notNull(),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [
    index("articles_outlet_idx").on(t.outlet, t.id),
    index("articles_language_idx").on(sql`lower(${t.language})`),
  ],
);

export const claims = sqliteTable(
  "claims",
  {
    id: text("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id),
    text: text("text").notNull(),
    quote: text("quote"),
    claimantName: text("claimant_name"),
    claimantDescription: text("claimant_description"),
    verb: text("verb"),
    /** Offsets of `text` in the article body; null when it is not there (see `foundIn`). */
    spanStart: integer("span_start"),
    spanEnd: integer("span_end"),
    /** Where `text` was read: the body (with a span), the title (no span), or neither (null). */
    foundIn: text("found_in", { enum: ["body", "title"] }),
    checkworthiness: real("checkworthiness").notNull(),
    status: text("status", {
      enum: ["unverified", "under_review", "confirmed", "disputed", "refuted"],
    })
      .notNull()
      .default("unverified"),
    reviewerName: text("reviewer_name"),
    reviewerCountry: text("reviewer_country"),
    /** JSON `{status, reviewer, reason}` proposed by extraction; never applied without a fact-checker. */
    suggestedStatus: text("suggested_status", { mode: "json" }).$type<SuggestedStatus>(),
    version: integer("version").notNull().default(1),
    origin: text("origin", { enum: ["extracted", "submitted"] }).notNull(),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [
    index("claims_article_idx").on(t.articleId, t.id),
    // One claim per wording per article: re-submissions and extraction cannot duplicate it.
    uniqueIndex("claims_article_text_unique").on(t.articleId, t.text),
    index("claims_status_idx").on(t.status, t.id),
    // Filters match names case-insensitively, so the indexes are on lower(name).
    index("claims_claimant_idx").on(sql`lower(${t.claimantName})`, t.id),
    index("claims_reviewer_idx").on(sql`lower(${t.reviewerName})`, t.id),
    // The desk's queue by check-worthiness.
    index("claims_checkworthiness_idx").on(t.checkworthiness, t.id),
  ],
);

export interface SuggestedStatus {
  status: "under_review" | "disputed";
  reviewer: { name: string; country: string | null } | null;
  /**
   * The article's sentence that suggests it, and where it is in the body (null: the title).
   * Absent from suggestions stored before reasons were kept.
   */
  reason?: { text: string; span: { start: number; end: number } | null } | null;
}

/** Append-only trail of a claim: one row per status event, never updated or deleted. */
export const claimEvents = sqliteTable(
  "claim_events",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull().unique(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    reviewerName: text("reviewer_name"),
    reviewerCountry: text("reviewer_country"),
    note: text("note"),
    evidence: text("evidence", { mode: "json" }).$type<string[]>().notNull(),
    actor: text("actor").notNull(),
    version: integer("version").notNull(),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("claim_events_claim_idx").on(t.claimId, t.seq)],
);

/** Responses kept for `Idempotency-Key` replays, per caller. */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    actor: text("actor").notNull(),
    key: text("key").notNull(),
    fingerprint: text("fingerprint").notNull(),
    status: integer("status"),
    headers: text("headers", { mode: "json" }).$type<Record<string, string>>(),
    body: text("body"),
    createdAt: text("created_at").notNull().default(now),
    /** The attempt holding the key while it runs, and until when (then a retry may take it over). */
    leaseId: text("lease_id"),
    leaseExpiresAt: text("lease_expires_at"),
  },
  (t) => [
    primaryKey({ columns: [t.actor, t.key] }),
    index("idempotency_keys_created_idx").on(t.createdAt),
  ],
);

export const webhookEvents = ["claim.status_changed", "claim.created"] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

/** Subscribers told about claim events, through the webhook queue. */
export const webhooks = sqliteTable("webhooks", {
  id: text("id").primaryKey(),
  url: text("url").notNull(),
  events: text("events", { mode: "json" }).$type<WebhookEvent[]>().notNull(),
  /** Standard Webhooks signing secret (`whsec_…`); shown once, kept to sign deliveries. */
  secret: text("secret").notNull(),
  description: text("description"),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull().default(now),
  /** Failed attempts in a row; reaching the limit disables the subscriber. */
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  disabledAt: text("disabled_at"),
});

/** One row per delivery attempt, successful or not. */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    webhookId: text("webhook_id")
      .notNull()
      .references(() => webhooks.id),
    eventId: text("event_id").notNull(),
    eventType: text("event_type").notNull(),
    attempt: integer("attempt").notNull(),
    outcome: text("outcome", { enum: ["succeeded", "failed"] }).notNull(),
    responseStatus: integer("response_status"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [
    index("webhook_deliveries_webhook_idx").on(t.webhookId, t.id),
    index("webhook_deliveries_created_idx").on(t.createdAt),
  ],
);

/**
 * The desk's sign-in sessions (drizzle/0006). `id` is the SHA-256 of the secret the signed
 * cookie carries; a session lives until `expires_at`, sign-out, or its key's revocation.
 */
export const deskSessions = sqliteTable(
  "desk_sessions",
  {
    id: text("id").primaryKey(),
    /** The API key's id, or "admin_token" for the bootstrap secret. */
    keyId: text("key_id").notNull(),
    /** SHA-256 of the key that signed in; the session ends when no live key has it. */
    keyHash: text("key_hash").notNull(),
    /** The per-session token every desk form carries. */
    csrfToken: text("csrf_token").notNull(),
    createdAt: text("created_at").notNull().default(now),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("desk_sessions_expires_idx").on(t.expiresAt)],
);

/**
 * In how many stored claims each matching term is (claim or title words, as claim_match_fts
 * holds them): the re-ranker's idf, written in the batch that indexes a claim. An index lookup
 * per term, where claim_match_vocab (fts5vocab) counts the term's whole doclist each time.
 */
export const claimMatchDf = sqliteTable("claim_match_df", {
  term: text("term").primaryKey(),
  docs: integer("docs").notNull(),
});

/** Matches found when a claim was stored (both ways: each claim lists the other). */
export const claimMatches = sqliteTable(
  "claim_matches",
  {
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    matchedClaimId: text("matched_claim_id")
      .notNull()
      .references(() => claims.id),
    /** The re-ranker's probability that both assert the same thing (src/matching/rank.ts). */
    score: real("score").notNull(),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.matchedClaimId] }),
    index("claim_matches_score_idx").on(t.claimId, t.score),
    // The claims that list a given claim among their matches (whose summaries can name it),
    // found without relying on the reverse row (migration 0011).
    index("claim_matches_matched_idx").on(t.matchedClaimId, t.claimId),
  ],
);

export const suggestionStates = ["open", "accepted", "rejected"] as const;

/** A later article's review signal about an earlier claim that matches one of its claims. */
export const claimSuggestions = sqliteTable(
  "claim_suggestions",
  {
    id: text("id").primaryKey(),
    /** The earlier claim the suggestion is for. */
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    /** The later article's claim that carries the review signal. */
    sourceClaimId: text("source_claim_id")
      .notNull()
      .references(() => claims.id),
    /** The later article: the evidence. */
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id),
    status: text("status", { enum: ["under_review", "disputed"] }).notNull(),
    reviewerName: text("reviewer_name"),
    reviewerCountry: text("reviewer_country"),
    reason: text("reason"),
    score: real("score").notNull(),
    state: text("state", { enum: suggestionStates }).notNull().default("open"),
    decidedBy: text("decided_by"),
    decidedAt: text("decided_at"),
    /** The history event the decision wrote. */
    eventId: text("event_id"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("claim_suggestions_pair_unique").on(t.claimId, t.sourceClaimId),
    index("claim_suggestions_state_idx").on(t.state, t.id),
  ],
);
