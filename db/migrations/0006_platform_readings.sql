CREATE TABLE `quarantine` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`demand_number` text,
	`field` text NOT NULL,
	`reason` text NOT NULL,
	`raw` text NOT NULL,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `quarantine_source` ON `quarantine` (`source`);--> statement-breakpoint
ALTER TABLE `dossiers` ADD `accepted_at` integer;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `chosen_treatment` text;--> statement-breakpoint
ALTER TABLE `sync_state` ADD `last_error_http` integer;--> statement-breakpoint
ALTER TABLE `sync_state` ADD `last_error_field` text;--> statement-breakpoint
ALTER TABLE `sync_state` ADD `last_error_non_json` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `sync_state` ADD `rejected` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Acceptance is a fact of its own from now on: a dossier the platform ever showed past RMAD (other than
-- refused, or an information exchange) was accepted.
UPDATE `dossiers` SET `accepted_at` = `status_changed_at` WHERE EXISTS (
  SELECT 1 FROM `status_history` h WHERE h.`demand_number` = `dossiers`.`demand_number`
    AND h.`new_status` NOT IN ('RMAD', 'RMANOK', 'INFSTT', 'INFREV')
) OR `status_code` NOT IN ('RMAD', 'RMANOK', 'INFSTT', 'INFREV');
