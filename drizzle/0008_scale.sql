-- Retention (src/maintenance/retention.ts) deletes rows by age: these indexes let it find them
-- without scanning the tables.
CREATE INDEX `idempotency_keys_created_idx` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_created_idx` ON `webhook_deliveries` (`created_at`);
