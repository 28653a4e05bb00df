ALTER TABLE `claims` ADD `found_in` text;--> statement-breakpoint
-- Hand-added backfill (drizzle-kit writes no data changes): a claim stored with a span was read in the body.
UPDATE `claims` SET `found_in` = 'body' WHERE `span_start` IS NOT NULL;
