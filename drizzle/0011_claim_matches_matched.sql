-- The claims that list a claim among their matches, by index: whose match summaries ("Also
-- checked") can name it, so a status change purges them (src/middleware/edge-cache.ts) without
-- relying on the reverse row, which matching may trim (a new claim keeps at most 20 matches, an
-- older claim's reverse rows grow with every later match).
CREATE INDEX `claim_matches_matched_idx` ON `claim_matches` (`matched_claim_id`,`claim_id`);
