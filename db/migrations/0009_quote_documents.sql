CREATE TABLE `price_list` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`label` text NOT NULL,
	`unit_price_cents` integer NOT NULL,
	`brand` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `price_list_label` ON `price_list` (`label`);--> statement-breakpoint
CREATE TABLE `quote_numbers` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
