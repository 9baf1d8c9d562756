CREATE TABLE `uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`content` blob NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `uploads_created` ON `uploads` (`created_at`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `verify_attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `error_detail` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `owner` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `lease_until` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `first_sent_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `last_sent_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `before_status` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `baseline_count` integer;--> statement-breakpoint
-- last_error held French sentences; it holds codes from now on, translated by the UI.
UPDATE `outbox` SET `last_error` = CASE
  WHEN `state` = 'failed' THEN 'refused'
  WHEN `state` = 'unknown' THEN 'unknown_outcome'
  WHEN `state` = 'pending' AND `last_error` IS NOT NULL THEN 'not_sent'
  WHEN `state` = 'abandoned' THEN 'abandoned'
  ELSE NULL END;
--> statement-breakpoint
UPDATE `outbox` SET `error_detail` = NULL;
