-- An in-progress Idempotency-Key is a lease, not a lock for the key's whole life: a request
-- that dies with its process (isolate killed, deploy, crash) leaves a row whose lease lapses,
-- and a retry with the same key and body takes it over (src/middleware/idempotency.ts).
ALTER TABLE `idempotency_keys` ADD `lease_id` text;--> statement-breakpoint
ALTER TABLE `idempotency_keys` ADD `lease_expires_at` text;--> statement-breakpoint
-- Rows left in progress before leases existed lapse 30 seconds after they were taken.
UPDATE `idempotency_keys` SET `lease_expires_at` = strftime('%Y-%m-%dT%H:%M:%fZ', `created_at`, '+30 seconds')
  WHERE `status` IS NULL;
