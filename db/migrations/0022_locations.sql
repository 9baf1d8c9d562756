CREATE TABLE `location_moves` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`demand_number` text NOT NULL,
	`from_location` integer,
	`to_location` integer,
	`reason` text NOT NULL,
	`user_id` integer,
	`at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `location_moves_dossier` ON `location_moves` (`demand_number`,`at`);--> statement-breakpoint
CREATE TABLE `locations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`label` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `locations_code` ON `locations` (`code`);--> statement-breakpoint
CREATE TABLE `shipment_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch` text NOT NULL,
	`demand_number` text NOT NULL,
	`carrier_name` text NOT NULL,
	`tracking_number` text NOT NULL,
	`tracking_request` text,
	`status_request` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shipment_items_batch_dossier` ON `shipment_items` (`batch`,`demand_number`);--> statement-breakpoint
CREATE INDEX `shipment_items_created` ON `shipment_items` (`created_at`);--> statement-breakpoint
ALTER TABLE `dossiers` ADD `location_id` integer;--> statement-breakpoint
CREATE INDEX `dossiers_location` ON `dossiers` (`location_id`);