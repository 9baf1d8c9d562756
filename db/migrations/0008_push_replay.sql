CREATE TABLE `push_signatures` (
	`signature` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `push_signatures_at` ON `push_signatures` (`at`);