-- The desk's sign-in sessions. `id` is the SHA-256 of the session secret the cookie carries
-- (signed), so the table alone opens no session. `key_hash` is the hash of the key that signed
-- in: a session lives only while that key does (revoked, or ADMIN_TOKEN rotated: it ends).
CREATE TABLE `desk_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`key_id` text NOT NULL,
	`key_hash` text NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `desk_sessions_expires_idx` ON `desk_sessions` (`expires_at`);
--> statement-breakpoint
-- The desk's queue by check-worthiness, most worth checking first, by keyset.
CREATE INDEX `claims_checkworthiness_idx` ON `claims` (`checkworthiness`,`id`);
