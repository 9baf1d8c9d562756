CREATE TABLE `dossiers` (
	`demand_number` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`status_code` text NOT NULL,
	`status_label` text,
	`status_comment` text,
	`agreement_number` text,
	`created_at_text` text,
	`created_at` integer,
	`purchase_date` text,
	`serial_number` text,
	`imei_number` text,
	`ean` text,
	`part_number` text,
	`brand` text,
	`problem_description` text,
	`fault_code` text,
	`return_to` text,
	`reseller_code` text,
	`site_name` text,
	`site_mail` text,
	`site_code` text,
	`site_street` text,
	`site_street_number` text,
	`site_address_compl` text,
	`site_zip_code` text,
	`site_city` text,
	`site_country` text,
	`client_name` text,
	`client_mail` text,
	`quote_treatment` text,
	`tracking_number` text,
	`carrier_name` text,
	`extra` text DEFAULT '{}' NOT NULL,
	`status_changed_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`missing` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `dossiers_status` ON `dossiers` (`status_code`,`created_at`);--> statement-breakpoint
CREATE INDEX `dossiers_created` ON `dossiers` (`created_at`);--> statement-breakpoint
CREATE INDEX `dossiers_changed` ON `dossiers` (`status_changed_at`);--> statement-breakpoint
CREATE INDEX `dossiers_reseller` ON `dossiers` (`reseller_code`);--> statement-breakpoint
CREATE INDEX `dossiers_brand` ON `dossiers` (`brand`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`demand_number` text NOT NULL,
	`author_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	`edited_at` integer,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notes_dossier` ON `notes` (`demand_number`,`created_at`);--> statement-breakpoint
CREATE TABLE `status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`demand_number` text NOT NULL,
	`old_status` text,
	`new_status` text NOT NULL,
	`comment` text,
	`at` integer NOT NULL,
	`source` text NOT NULL,
	`user_id` integer,
	FOREIGN KEY (`demand_number`) REFERENCES `dossiers`(`demand_number`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `status_history_dossier` ON `status_history` (`demand_number`,`at`);--> statement-breakpoint
CREATE INDEX `status_history_at` ON `status_history` (`at`);--> statement-breakpoint
CREATE TABLE `sync_state` (
	`status_code` text PRIMARY KEY NOT NULL,
	`last_success_at` integer,
	`last_error_at` integer,
	`last_error` text,
	`count` integer DEFAULT 0 NOT NULL
);
