-- Hand-written: drizzle-kit cannot express FTS5 tables or triggers.

-- Full-text index over what a claim says and who says it, kept in step with `claims`
-- by triggers (external-content FTS5: the text is stored once, in `claims`).
CREATE VIRTUAL TABLE `claims_fts` USING fts5(
  `text`, `quote`, `claimant_name`,
  content='claims', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `claims_fts_ai` AFTER INSERT ON `claims` BEGIN
  INSERT INTO claims_fts(rowid, text, quote, claimant_name)
  VALUES (new.rowid, new.text, new.quote, new.claimant_name);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_ad` AFTER DELETE ON `claims` BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, quote, claimant_name)
  VALUES ('delete', old.rowid, old.text, old.quote, old.claimant_name);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_au` AFTER UPDATE OF text, quote, claimant_name ON `claims` BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, quote, claimant_name)
  VALUES ('delete', old.rowid, old.text, old.quote, old.claimant_name);
  INSERT INTO claims_fts(rowid, text, quote, claimant_name)
  VALUES (new.rowid, new.text, new.quote, new.claimant_name);
END;
--> statement-breakpoint
-- History is append-only: the database itself refuses to rewrite or erase it.
CREATE TRIGGER `claim_events_no_update` BEFORE UPDATE ON `claim_events` BEGIN
  SELECT RAISE(ABORT, 'claim_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `claim_events_no_delete` BEFORE DELETE ON `claim_events` BEGIN
  SELECT RAISE(ABORT, 'claim_events is append-only');
END;
--> statement-breakpoint
-- Rank matches in the claim text above the quote, and both above the claimant's name.
INSERT INTO claims_fts(claims_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0, 2.0)');
