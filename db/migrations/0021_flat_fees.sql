CREATE TABLE `flat_fees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reseller_code` text NOT NULL,
	`flow_type` text NOT NULL,
	`cents` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flat_fees_reseller_type` ON `flat_fees` (`reseller_code`,`flow_type`);