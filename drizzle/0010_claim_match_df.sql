-- Hand-written around drizzle-kit's table: the document frequency of each matching term, kept by
-- the API in the batch that indexes a claim (src/matching/store.ts), read by index lookups
-- instead of claim_match_vocab (fts5vocab counts a term's whole doclist on every read, so the
-- re-ranker's idf cost grew with the table).
CREATE TABLE `claim_match_df` (
	`term` text PRIMARY KEY NOT NULL,
	`docs` integer NOT NULL
);
--> statement-breakpoint
-- The claims indexed so far.
INSERT INTO `claim_match_df` (`term`, `docs`) SELECT `term`, `doc` FROM `claim_match_vocab`;
