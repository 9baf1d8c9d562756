CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` text NOT NULL,
	`demand_number` text NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`audit_id` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`audit_id`) REFERENCES `audit_log`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_request_id_unique` ON `outbox` (`request_id`);--> statement-breakpoint
CREATE INDEX `outbox_due` ON `outbox` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_dossier` ON `outbox` (`demand_number`,`id`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`demand_number` text NOT NULL,
	`quote_number` text NOT NULL,
	`lines` text NOT NULL,
	`total_cents` integer NOT NULL,
	`comment` text,
	`sent_at` integer NOT NULL,
	`sent_by` integer,
	`answer` text,
	`treatment` text,
	`answered_at` integer,
	FOREIGN KEY (`sent_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quotes_dossier` ON `quotes` (`demand_number`);--> statement-breakpoint
CREATE INDEX `quotes_sent` ON `quotes` (`sent_at`);