CREATE TABLE `part_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`demand_number` text,
	`article_id` integer,
	`label` text NOT NULL,
	`reference` text,
	`quantity` integer NOT NULL,
	`received_quantity` integer DEFAULT 0 NOT NULL,
	`supplier_id` integer,
	`order_id` integer,
	`state` text DEFAULT 'to_order' NOT NULL,
	`expected_at` integer,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`ordered_at` integer,
	`ordered_by` integer,
	`received_at` integer,
	`received_by` integer,
	`fitted_at` integer,
	`fitted_by` integer,
	`closed_at` integer,
	`closed_by` integer,
	`demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `price_list`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`supplier_id`) REFERENCES `suppliers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `part_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ordered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`received_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `part_lines_dossier` ON `part_lines` (`demand_number`);--> statement-breakpoint
CREATE INDEX `part_lines_state` ON `part_lines` (`state`,`created_at`);--> statement-breakpoint
CREATE INDEX `part_lines_order` ON `part_lines` (`order_id`);--> statement-breakpoint
CREATE INDEX `part_lines_article` ON `part_lines` (`article_id`);--> statement-breakpoint
CREATE TABLE `part_order_numbers` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `part_orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`supplier_id` integer NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`sent_at` integer,
	`sent_by` integer,
	`demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`supplier_id`) REFERENCES `suppliers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sent_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `part_orders_number` ON `part_orders` (`number`);--> statement-breakpoint
CREATE INDEX `part_orders_supplier` ON `part_orders` (`supplier_id`);--> statement-breakpoint
CREATE TABLE `stock_movements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`delta` integer NOT NULL,
	`reason` text NOT NULL,
	`line_id` integer,
	`demand_number` text,
	`at` integer NOT NULL,
	`by` integer,
	`demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `price_list`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`line_id`) REFERENCES `part_lines`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_movements_article` ON `stock_movements` (`article_id`,`at`);--> statement-breakpoint
CREATE TABLE `suppliers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`lead_days` integer DEFAULT 3 NOT NULL,
	`demo` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `suppliers_name` ON `suppliers` (`name`);--> statement-breakpoint
ALTER TABLE `price_list` ADD `reference` text;--> statement-breakpoint
ALTER TABLE `price_list` ADD `ean` text;--> statement-breakpoint
ALTER TABLE `price_list` ADD `supplier_id` integer;--> statement-breakpoint
ALTER TABLE `price_list` ADD `purchase_cents` integer;--> statement-breakpoint
ALTER TABLE `price_list` ADD `vat_basis_points` integer DEFAULT 2000 NOT NULL;--> statement-breakpoint
ALTER TABLE `price_list` ADD `stock` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `price_list` ADD `min_stock` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `price_list` ADD `demo` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `price_list_reference` ON `price_list` (`reference`);--> statement-breakpoint
CREATE INDEX `price_list_ean` ON `price_list` (`ean`);