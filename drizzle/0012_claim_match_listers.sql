-- Hand-written: which claims list a claim among their matches, kept as a full-text index instead
-- of claim_matches_matched_idx (migration 0011). That index took one entry per match row next to
-- the matched (older) claim's id, so each submission's ~320 match rows landed on as many pages
-- all over the index (363 pages written per submission of the bench article, 101 without it);
-- FTS5 writes a submission's entries as one new segment and merges segments in the background
-- of later writes. Each stored claim is one row (its rowid the claim's), whose `matched` holds a
-- token `c<rowid>` for each claim it listed when it was stored (src/matching/store.ts); rows
-- given to a claim later, as an older claim's reverse row, are found through the newer claim's
-- own rows (matchingClaimsStatement, src/middleware/edge-cache.ts). Contentless, no positions,
-- no sizes: only "which rows hold this token" is ever asked.
CREATE VIRTUAL TABLE `claim_match_listers` USING fts5(
  `matched`, content='', detail='none', columnsize=0, tokenize='unicode61'
);
--> statement-breakpoint
-- Every match row stored so far, under the claim that lists it.
INSERT INTO `claim_match_listers` (`rowid`, `matched`)
SELECT c.rowid, group_concat('c' || s.rowid, ' ')
FROM `claim_matches` m
  JOIN `claims` c ON c.id = m.claim_id
  JOIN `claims` s ON s.id = m.matched_claim_id
GROUP BY c.rowid;
--> statement-breakpoint
DROP INDEX `claim_matches_matched_idx`;
