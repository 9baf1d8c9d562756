CREATE TABLE `indicator_facts` (
	`demand_number` text NOT NULL,
	`figure` text NOT NULL,
	`month` text NOT NULL,
	`reseller_code` text NOT NULL,
	`brand` text NOT NULL,
	`flow_type` text NOT NULL,
	`technician` integer NOT NULL,
	`value` integer NOT NULL,
	PRIMARY KEY(`demand_number`, `figure`, `month`)
);
--> statement-breakpoint
CREATE INDEX `indicator_facts_month` ON `indicator_facts` (`month`,`figure`);--> statement-breakpoint
CREATE TABLE `indicator_sums` (
	`month` text NOT NULL,
	`figure` text NOT NULL,
	`reseller_code` text NOT NULL,
	`brand` text NOT NULL,
	`flow_type` text NOT NULL,
	`technician` integer NOT NULL,
	`value` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`month`, `figure`, `reseller_code`, `brand`, `flow_type`, `technician`, `value`)
);
--> statement-breakpoint
CREATE INDEX `dossiers_status_due` ON `dossiers` (`status_code`,`due_at`);