CREATE TABLE `deadline_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reseller_code` text,
	`flow_type` text,
	`from_status` text NOT NULL,
	`to_statuses` text NOT NULL,
	`limit_value` integer NOT NULL,
	`unit` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deadline_rules_from` ON `deadline_rules` (`from_status`);--> statement-breakpoint
ALTER TABLE `dossiers` ADD `due_at` integer;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `due_rule` integer;--> statement-breakpoint
CREATE INDEX `dossiers_due` ON `dossiers` (`due_at`);