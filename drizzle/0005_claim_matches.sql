-- Hand-written: claim matching ("has this been checked already?") and cross-article suggestions.

-- What matching reads of each claim, written by the API with the claim (src/matching/): its
-- normalised terms and its article title's (stems, no function words: the tokenizer only splits
-- them on spaces), and, unindexed, `extra` (JSON: names, negation, claimant terms). The rowid
-- is the claim's rowid.
CREATE VIRTUAL TABLE `claim_match_fts` USING fts5(
  `claim_id` UNINDEXED, `terms`, `title`, `extra` UNINDEXED,
  tokenize='unicode61 remove_diacritics 0'
);
--> statement-breakpoint
-- The claim's words weigh more than its article title's (src/matching/queries.ts TITLE_WEIGHT).
INSERT INTO claim_match_fts(claim_match_fts, rank) VALUES ('rank', 'bm25(0.0, 1.0, 0.75, 0.0)');
--> statement-breakpoint
-- In how many claims each term is: the re-ranker's idf.
CREATE VIRTUAL TABLE `claim_match_vocab` USING fts5vocab(`claim_match_fts`, 'row');
--> statement-breakpoint
-- Claims stored before matching existed: their words lower-cased, not stemmed (a weaker match
-- until they are stored again), so they can still be found.
INSERT INTO claim_match_fts(rowid, claim_id, terms, title, extra)
SELECT c.rowid, c.id, lower(c.text), lower(a.title), '{"e":[],"n":false,"c":[]}'
FROM claims c JOIN articles a ON a.id = c.article_id;
--> statement-breakpoint
-- Matches found when a claim was stored, kept both ways so reads are one lookup.
CREATE TABLE `claim_matches` (
  `claim_id` text NOT NULL REFERENCES `claims`(`id`),
  `matched_claim_id` text NOT NULL REFERENCES `claims`(`id`),
  `score` real NOT NULL,
  `created_at` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (`claim_id`, `matched_claim_id`)
);
--> statement-breakpoint
CREATE INDEX `claim_matches_score_idx` ON `claim_matches` (`claim_id`, `score`);
--> statement-breakpoint
-- A later article's review signal about an earlier, matching claim: a fact-checker accepts
-- (the status changes through the normal rules) or rejects it; never applied by itself.
CREATE TABLE `claim_suggestions` (
  `id` text PRIMARY KEY NOT NULL,
  `claim_id` text NOT NULL REFERENCES `claims`(`id`),
  `source_claim_id` text NOT NULL REFERENCES `claims`(`id`),
  `article_id` text NOT NULL REFERENCES `articles`(`id`),
  `status` text NOT NULL,
  `reviewer_name` text,
  `reviewer_country` text,
  `reason` text,
  `score` real NOT NULL,
  `state` text NOT NULL DEFAULT 'open',
  `decided_by` text,
  `decided_at` text,
  `event_id` text,
  `created_at` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_suggestions_pair_unique` ON `claim_suggestions` (`claim_id`, `source_claim_id`);
--> statement-breakpoint
CREATE INDEX `claim_suggestions_state_idx` ON `claim_suggestions` (`state`, `id`);
