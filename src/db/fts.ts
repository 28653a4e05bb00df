import { integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The FTS5 index over claims (created by the hand-written migration
 * drizzle/0001_*.sql), declared for queries only. It lives outside schema.ts so
 * drizzle-kit never tries to create it as an ordinary table.
 */
export const claimsFts = sqliteTable("claims_fts", {
  rowid: integer("rowid").notNull(),
  text: text("text"),
  quote: text("quote"),
  claimantName: text("claimant_name"),
  /** bm25 score: lower is more relevant. */
  rank: real("rank").notNull(),
});
